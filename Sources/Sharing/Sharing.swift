import PlanCore
import Handouts
