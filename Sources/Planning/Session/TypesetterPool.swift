import Graphics
import Synchronization

/// Typesetters kept for reuse: each loads its fonts once and then lays text out for
/// whichever thread holds it. Pango lets a font map be used from one thread at a time, not
/// shared by two at once, so each is lent to one thread and taken back; the pool grows to
/// as many as were ever in use together (one per core in a batch).
final class TypesetterPool: Sendable {
    /// A typesetter lent out or kept: safe to move between threads because the pool hands
    /// it to one thread at a time.
    private struct Kept: @unchecked Sendable {
        let typesetter: Typesetter
    }

    private let idle = Mutex<[Kept]>([])

    /// An empty pool.
    init() {}

    /// Runs `body` with a typesetter no other thread is using, made when none is free.
    func withTypesetter<T>(_ body: (Typesetter) throws -> T) throws -> T {
        let kept = try idle.withLock { $0.popLast() } ?? Kept(typesetter: Typesetter())
        defer { idle.withLock { $0.append(kept) } }
        return try body(kept.typesetter)
    }
}
