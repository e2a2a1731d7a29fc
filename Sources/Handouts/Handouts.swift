import PlanCore
import Figures
import Graphics
