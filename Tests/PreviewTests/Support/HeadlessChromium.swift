import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A headless Chromium driven through the DevTools protocol over a pipe
/// (`--remote-debugging-pipe`: commands in on descriptor 3, answers out on 4, each message
/// JSON ended by a NUL byte). It opens one page and evaluates JavaScript in it, so a test
/// can read what the page shows as it changes, without reloading it.
final class HeadlessChromium {
    enum Failure: Error, CustomStringConvertible {
        case start(String), protocolError(String), timedOut(String)
        var description: String {
            switch self {
            case .start(let s): return "chromium did not start: \(s)"
            case .protocolError(let s): return "chromium answered with an error: \(s)"
            case .timedOut(let s): return "chromium did not answer in time: \(s)"
            }
        }
    }

    private let pid: pid_t
    private let commands: Int32
    private let answers: Int32
    private var buffer: [UInt8] = []
    private var nextID = 0
    private var session: String?

    /// Starts Chromium with its profile in `profile`.
    init(profile: URL) throws {
        var toChrome: [Int32] = [0, 0], fromChrome: [Int32] = [0, 0]
        guard pipe(&toChrome) == 0, pipe(&fromChrome) == 0 else {
            throw Failure.start("no pipe: \(String(cString: strerror(errno)))")
        }
        // Close-on-exec, so Chromium gets only the copies on 3 and 4 and sees the pipe close with us.
        for fd in toChrome + fromChrome { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the copies, so only these two reach Chromium.
        posix_spawn_file_actions_adddup2(&actions, toChrome[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromChrome[1], 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                         "--disable-dev-shm-usage", "--remote-debugging-pipe",
                         "--user-data-dir=" + profile.path, "about:blank"]
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let status = posix_spawnp(&pid, "chromium", &actions, nil, argv, environ)
        close(toChrome[0])
        close(fromChrome[1])
        guard status == 0 else {
            close(toChrome[1]); close(fromChrome[0])
            throw Failure.start(String(cString: strerror(status)))
        }
        self.pid = pid
        commands = toChrome[1]
        answers = fromChrome[0]
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(commands)
        close(answers)
    }

    /// Opens `url` in a new page and attaches to it.
    func open(_ url: String) throws {
        let target = try send("Target.createTarget", ["url": url])
        guard let targetID = target["targetId"] as? String else { throw Failure.protocolError("no targetId in \(target)") }
        let attached = try send("Target.attachToTarget", ["targetId": targetID, "flatten": true])
        guard let session = attached["sessionId"] as? String else { throw Failure.protocolError("no sessionId in \(attached)") }
        self.session = session
    }

    /// The value of the JavaScript `expression` in the open page.
    func evaluate(_ expression: String) throws -> Any? {
        let result = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true], inSession: true)
        return (result["result"] as? [String: Any])?["value"]
    }

    /// Evaluates `expression` until `accept` takes its value, or `seconds` pass; returns the
    /// last value seen (so a failed wait can say what the page showed instead).
    func wait<T>(for expression: String, as: T.Type, seconds: Double, until accept: (T) -> Bool) throws -> (met: Bool, last: T?) {
        let deadline = Date().addingTimeInterval(seconds)
        var last: T?
        repeat {
            last = try evaluate(expression) as? T
            if let last, accept(last) { return (true, last) }
            usleep(100_000)
        } while Date() < deadline
        return (false, last)
    }

    /// Sends a command and waits (up to 2 minutes: Chromium starts slowly on a busy machine) for its answer's `result`.
    private func send(_ method: String, _ params: [String: Any], inSession: Bool = false) throws -> [String: Any] {
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": params]
        if inSession { message["sessionId"] = session }
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(commands, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { throw Failure.start("the pipe to chromium closed") }
                offset += n
            }
        }
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            while let end = buffer.firstIndex(of: 0) {
                let bytes = Data(buffer[..<end])
                buffer.removeSubrange(...end)
                guard let answer = try JSONSerialization.jsonObject(with: bytes) as? [String: Any],
                      answer["id"] as? Int == nextID else { continue }  // events and other answers
                if let error = answer["error"] { throw Failure.protocolError("\(method): \(error)") }
                return answer["result"] as? [String: Any] ?? [:]
            }
            var fds = pollfd(fd: answers, events: Int16(POLLIN), revents: 0)
            guard poll(&fds, 1, 500) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = read(answers, &chunk, chunk.count)
            if n <= 0 { throw Failure.start("chromium closed its pipe") }
            buffer += chunk[..<n]
        }
        throw Failure.timedOut(method)
    }
}
