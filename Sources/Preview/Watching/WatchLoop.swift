/// Runs a piece of work now and again after each save of the files it names, until told to
/// stop: the loop of `watch` and of the preview.
public enum WatchLoop {
    /// Calls `work`, which returns what to watch, then waits for a change to that, and calls
    /// it again; returns once `stop` is true (asked at least four times a second while
    /// waiting). Throws before the first run when files cannot be watched.
    public static func run(stop: () -> Bool, work: () -> FileWatcher.Interest) throws(FileWatcherError) {
        let watcher = try FileWatcher()
        while !stop() {
            watcher.watch(work())
            guard watcher.waitForChange(stop: stop) != nil else { return }
        }
    }
}
