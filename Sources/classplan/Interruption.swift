import Foundation
import Graphics
import Synchronization

/// Ctrl-C and `kill`: the run stops at once, the files it was writing are removed, and
/// every file already in place stays as it was (a set of files being renamed into place is
/// finished first). Exits 130 for SIGINT and 143 for SIGTERM, as shells expect, except in
/// a command Ctrl-C ends by design (see `stopsNormally`).
enum Interruption {
    /// What a command says when it is interrupted, beside the fact (a batch's progress).
    private static let progress = Mutex<(@Sendable () -> String)?>(nil)

    /// For a command that runs until it is stopped (`watch`), what Ctrl-C prints instead
    /// of an error; the process then exits 0.
    private static let normalStop = Mutex<String?>(nil)

    /// Takes SIGINT and SIGTERM from every thread and waits for them on one of its own.
    /// Call first thing, before any other thread starts: threads inherit the blocked signals.
    static func install() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let waited = signals
        let thread = Thread {
            var signals = waited
            var received: Int32 = 0
            while sigwait(&signals, &received) != 0 {}
            StagedFiles.removeAll()
            if received == SIGINT, let stopped = normalStop.withLock({ $0 }) {
                Terminal.out("\n\(stopped)\n")
                _exit(0)
            }
            let said = progress.withLock { $0?() }.map { "; \($0)" } ?? ""
            Terminal.error("\nerror: interrupted\(said); no file was left half-written\n")
            // _exit, not exit: the other threads are still running, and tearing down the
            // process's globals under them could crash it on the way out.
            _exit(128 + received)
        }
        thread.start()
    }

    /// Makes Ctrl-C the ordinary way to end this run: it prints `message` and exits 0
    /// (a file being written is still removed). `kill` stays an interruption.
    static func stopsNormally(saying message: String) {
        normalStop.withLock { $0 = message }
    }

    /// Sets what an interruption reports besides itself, such as how far a batch got.
    static func report(_ text: @escaping @Sendable () -> String) {
        progress.withLock { $0 = text }
    }
}
