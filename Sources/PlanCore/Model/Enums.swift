/// The level a class is pitched at.
public enum Level: String, Sendable, Hashable, CaseIterable, Codable {
    case beginner, mixed, advanced
}

/// The paper a handout is printed on.
public enum Paper: String, Sendable, Hashable, CaseIterable, Codable {
    case a4, letter
}
