import Foundation
import Synchronization

/// Where the preview's runs meet its web clients: the runner records each run here, and
/// every open page hears the new generation. Safe to share between threads.
public final class PreviewHub: Sendable {
    private struct Shared: ~Copyable {
        var state = PreviewState()
        var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
        var nextListener = 0
    }

    private let shared = Mutex(Shared())

    /// A hub with no run yet.
    public init() {}

    /// What the preview shows now.
    public var state: PreviewState { shared.withLock { $0.state } }

    /// Takes in a new run and tells every listener.
    public func record(_ run: PlanRun, at time: Date = Date()) {
        shared.withLock { shared in
            shared.state.record(run, at: time)
            for listener in shared.listeners.values { listener.yield(shared.state.generation) }
        }
    }

    /// The generations from now on, starting with the current one; the stream ends when
    /// the listener stops iterating.
    public func updates() -> AsyncStream<Int> {
        // Only the newest generation matters: a slow page skips the ones it missed.
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        shared.withLock { shared in
            let id = shared.nextListener
            shared.nextListener += 1
            shared.listeners[id] = continuation
            continuation.yield(shared.state.generation)
            continuation.onTermination = { [weak self] _ in self?.remove(id) }
        }
        return stream
    }

    private func remove(_ id: Int) {
        _ = shared.withLock { $0.listeners.removeValue(forKey: id) }
    }

    /// Ends every listener's stream, so open pages' connections close.
    public func finish() {
        let listeners = shared.withLock { shared in
            defer { shared.listeners = [:] }
            return Array(shared.listeners.values)
        }
        for listener in listeners { listener.finish() }
    }
}
