import PlanCore

/// A value the library snapshot holds, in a compact binary form written and read by the
/// same build of the program. Each type writes its fields in one fixed order and reads
/// them back in that order; `fields` says how many it writes, and a test holds it to the
/// number of stored properties the type has, so a property added later cannot be left out.
///
/// Written by hand rather than through `Codable`: in a fresh process, decoding through
/// `Codable` cost as much as parsing the YAML it stands for.
protocol SnapshotValue {
    /// How many stored properties the type writes (0 for leaves and enums).
    static var fields: Int { get }
    func write(to writer: SnapshotWriter)
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable)
}

extension SnapshotValue {
    static var fields: Int { 0 }
}

/// Collects the bytes of snapshot values: integers and numbers in 8 bytes, little-endian;
/// a string as its length and UTF-8 bytes; a list as its count and elements; an optional
/// as a byte saying whether a value follows.
final class SnapshotWriter {
    private(set) var bytes: [UInt8] = []

    init() {}

    func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
    func byte(_ value: UInt8) { bytes.append(value) }
    func raw(_ more: [UInt8]) { bytes += more }
    func put<Value: SnapshotValue>(_ value: Value) { value.write(to: self) }
}

/// Reads back what a `SnapshotWriter` wrote, failing at the first byte that is not what
/// that writer would have put there.
final class SnapshotReader {
    /// Bytes that are not a snapshot value of the type asked for.
    struct Unreadable: Error {}

    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var remaining: Int { bytes.count - offset }

    func word() throws(Unreadable) -> UInt64 {
        guard remaining >= 8 else { throw Unreadable() }
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return value
    }
    func byte() throws(Unreadable) -> UInt8 {
        guard remaining >= 1 else { throw Unreadable() }
        offset += 1
        return bytes[offset - 1]
    }
    /// A count of things that each take at least one byte: never more than the bytes left.
    func count() throws(Unreadable) -> Int {
        let count = try word()
        guard count <= UInt64(remaining) else { throw Unreadable() }
        return Int(count)
    }
    func raw(_ count: Int) throws(Unreadable) -> [UInt8] {
        guard count >= 0, count <= remaining else { throw Unreadable() }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }
    func take<Value: SnapshotValue>(_ type: Value.Type = Value.self) throws(Unreadable) -> Value {
        try Value(from: self)
    }

    /// The one value of `type` that `bytes` hold, all of them.
    static func value<Value: SnapshotValue>(_ type: Value.Type, in bytes: [UInt8]) throws(Unreadable) -> Value {
        let reader = SnapshotReader(bytes)
        let value = try reader.take(type)
        guard reader.remaining == 0 else { throw Unreadable() }
        return value
    }
}

// MARK: - Leaves and collections

extension String: SnapshotValue {
    func write(to writer: SnapshotWriter) {
        var text = self
        text.withUTF8 { utf8 in
            writer.word(UInt64(utf8.count))
            writer.raw(Array(utf8))
        }
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        let count = try reader.count()
        let start = reader.offset
        let text = reader.bytes.withUnsafeBufferPointer { String(validating: $0[start..<start + count], as: UTF8.self) }
        guard let text else { throw SnapshotReader.Unreadable() }
        reader.offset += count
        self = text
    }
}

extension Int: SnapshotValue {
    func write(to writer: SnapshotWriter) { writer.word(UInt64(bitPattern: Int64(self))) }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) { self = Int(Int64(bitPattern: try reader.word())) }
}

extension UInt64: SnapshotValue {
    func write(to writer: SnapshotWriter) { writer.word(self) }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) { self = try reader.word() }
}

extension Double: SnapshotValue {
    func write(to writer: SnapshotWriter) { writer.word(bitPattern) }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) { self = Double(bitPattern: try reader.word()) }
}

extension Bool: SnapshotValue {
    func write(to writer: SnapshotWriter) { writer.byte(self ? 1 : 0) }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        switch try reader.byte() {
        case 0: self = false
        case 1: self = true
        default: throw SnapshotReader.Unreadable()
        }
    }
}

extension Optional: SnapshotValue where Wrapped: SnapshotValue {
    func write(to writer: SnapshotWriter) {
        writer.put(self != nil)
        if let self { writer.put(self) }
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        self = try reader.take(Bool.self) ? try reader.take(Wrapped.self) : nil
    }
}

extension Array: SnapshotValue where Element: SnapshotValue {
    func write(to writer: SnapshotWriter) {
        writer.word(UInt64(count))
        for element in self { writer.put(element) }
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        let count = try reader.count()
        var elements: [Element] = []
        // Room for at most a thousand up front: a count is bounded only by the bytes left,
        // and an element may take far more memory than its smallest encoding.
        elements.reserveCapacity(Swift.min(count, 1_000))
        for _ in 0..<count { elements.append(try reader.take(Element.self)) }
        self = elements
    }
}

extension Set: SnapshotValue where Element == String {
    func write(to writer: SnapshotWriter) { writer.put(sorted()) }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) { self = Set(try reader.take([String].self)) }
}

extension Dictionary: SnapshotValue where Key: SnapshotValue & Comparable, Value: SnapshotValue {
    func write(to writer: SnapshotWriter) {
        writer.word(UInt64(count))
        for (key, value) in sorted(by: { $0.key < $1.key }) {
            writer.put(key)
            writer.put(value)
        }
    }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        let count = try reader.count()
        var dictionary: [Key: Value] = [:]
        dictionary.reserveCapacity(Swift.min(count, 1_000))
        for _ in 0..<count {
            let key = try reader.take(Key.self)
            guard dictionary.updateValue(try reader.take(Value.self), forKey: key) == nil else { throw SnapshotReader.Unreadable() }
        }
        self = dictionary
    }
}

/// An enum written as its raw text.
protocol SnapshotRawValue: SnapshotValue, RawRepresentable where RawValue == String {}

extension SnapshotRawValue {
    func write(to writer: SnapshotWriter) { writer.put(rawValue) }
    init(from reader: SnapshotReader) throws(SnapshotReader.Unreadable) {
        guard let value = Self(rawValue: try reader.take(String.self)) else { throw SnapshotReader.Unreadable() }
        self = value
    }
}

extension BodyPosition: SnapshotRawValue {}
extension WorkingLeg: SnapshotRawValue {}
extension SideOrder: SnapshotRawValue {}
extension Illustration: SnapshotRawValue {}
extension JointMotion: SnapshotRawValue {}
extension BodyRegion: SnapshotRawValue {}
extension BodyLandmark: SnapshotRawValue {}
extension AnnotatedJoint: SnapshotRawValue {}
extension ArrowShape: SnapshotRawValue {}
extension PropKind: SnapshotRawValue {}
extension Diagnostic.Severity: SnapshotRawValue {}
