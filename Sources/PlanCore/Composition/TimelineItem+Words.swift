extension TimelineItem {
    /// What a transition asks of the class, in a few words: `turn over`, `stand up`,
    /// `come down to the mat`, `move to prone`. For timelines in the terminal and the preview.
    public var moveWords: String {
        switch move {
        case .turnOver: return "turn over"
        case .floorToStanding: return position == .standing ? "stand up" : "come down to the mat"
        default: return "move to \(position.rawValue)"
        }
    }
}
