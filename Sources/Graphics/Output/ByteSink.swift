internal import CCairo
import Foundation

/// Collects the bytes a cairo stream surface writes, so documents are made in memory and
/// written to disk whole (or not at all) by `OutputFile`.
final class ByteSink {
    private(set) var data = Data()

    /// The `closure` pointer to hand to a cairo `*_create_for_stream` call. The sink must
    /// outlive the surface's last write, which is why surfaces are finished in `deinit`
    /// before the sink is released.
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    func append(_ bytes: UnsafePointer<UInt8>, count: Int) {
        data.append(bytes, count: count)
    }
}

/// The cairo write function for a `ByteSink`.
let byteSinkWrite: cairo_write_func_t = { closure, bytes, length in
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    if let bytes, length > 0 { sink.append(bytes, count: Int(length)) }
    return CAIRO_STATUS_SUCCESS
}
