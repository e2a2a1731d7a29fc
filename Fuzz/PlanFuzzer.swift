import Foundation

// The libFuzzer entry point over reading, validating and composing a plan. Built by
// `make fuzz` (Fuzz/build.sh) with `swiftc -sanitize=fuzzer` together with the sources of
// PlanCore, PlanFiles and Yams, and with `PlanPipeline`, which the tests share.

/// The pipeline every input goes through, made on first use.
private let pipeline: PlanPipeline = {
    let environment = ProcessInfo.processInfo.environment
    let assets = environment["CLASSPLAN_ASSETS"].map { URL(fileURLWithPath: $0) }
        ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Assets")
    // An empty folder of its own: a fuzzed `library: [.]` must find nothing to read.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("classplan-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return PlanPipeline(assets: assets, folder: folder)
}()

/// Called by libFuzzer with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    pipeline.run(Data(bytes: bytes, count: count))
    return 0
}
