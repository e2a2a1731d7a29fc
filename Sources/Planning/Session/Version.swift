/// ClassPlanner's version: what `classplan --version` and `classplan-preview --version`
/// print, and what every document names as its creator.
public enum ClassPlannerVersion {
    public static let current = "0.1.0"
}
