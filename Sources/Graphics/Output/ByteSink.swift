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

/// Feeds bytes to a cairo read function (for decoding PNG data in memory).
final class ByteSource {
    private let data: Data
    private var offset = 0

    init(_ data: Data) { self.data = data }

    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Copies exactly `count` bytes into `buffer`, or returns false when too few are left.
    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        guard count <= data.count - offset else { return false }
        let start = data.index(data.startIndex, offsetBy: offset)
        data.copyBytes(to: buffer, from: start..<(start + count))
        offset += count
        return true
    }
}

/// The cairo read function for a `ByteSource`.
let byteSourceRead: cairo_read_func_t = { closure, buffer, length in
    guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
    let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
    return source.read(into: buffer, count: Int(length)) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
}
