import Foundation
import Testing

/// A PDF's objects as `qpdf --json` (version 2) reports them, with helpers to follow links
/// and destinations.
struct QPDFObjects {
    struct Destination { var page: String; var x: Double; var y: Double }
    struct Link: CustomStringConvertible {
        var page: String
        var rect: [Double]
        var destination: String?
        var uri: String?
        var description: String { "link on \(page) \(rect) to \(destination ?? uri ?? "nothing")" }
    }

    let objects: [String: Any]
    let pageObjects: [String]
    let root: [String: Any]

    init(path: String) throws {
        let json = try Tools.output("qpdf", ["--json", "--json-key=qpdf", "--json-key=pages", path])
        let top = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let qpdf = try #require(top["qpdf"] as? [Any])
        objects = try #require(qpdf.last as? [String: Any])
        let pages = try #require(top["pages"] as? [[String: Any]])
        pageObjects = pages.compactMap { $0["object"] as? String }
        let trailer = try #require((objects["trailer"] as? [String: Any])?["value"] as? [String: Any])
        root = try #require(Self.resolve(trailer["/Root"], in: objects) as? [String: Any])
    }

    /// The value of an indirect reference ("12 0 R"), or the value itself.
    static func resolve(_ value: Any?, in objects: [String: Any]) -> Any? {
        guard let ref = value as? String, ref.hasSuffix(" R") else { return value }
        return (objects["obj:" + ref] as? [String: Any])?["value"]
    }
    func resolve(_ value: Any?) -> Any? { Self.resolve(value, in: objects) }

    /// Strips qpdf's `u:` (Unicode) or `b:` (bytes) string prefix.
    static func string(_ value: Any?) -> String? {
        guard let s = value as? String else { return nil }
        return s.hasPrefix("u:") || s.hasPrefix("b:") ? String(s.dropFirst(2)) : s
    }

    /// The named destinations of the catalog's /Names /Dests tree.
    func namedDestinations() throws -> [String: Destination] {
        let names = try #require(resolve(root["/Names"]) as? [String: Any])
        var result: [String: Destination] = [:]
        func walk(_ node: Any?) {
            guard let node = resolve(node) as? [String: Any] else { return }
            if let kids = resolve(node["/Kids"]) as? [Any] { kids.forEach(walk) }
            if let pairs = resolve(node["/Names"]) as? [Any] {
                for i in stride(from: 0, to: pairs.count - 1, by: 2) {
                    guard let name = Self.string(pairs[i]) else { continue }
                    var dest = resolve(pairs[i + 1])
                    if let dict = dest as? [String: Any] { dest = resolve(dict["/D"]) }
                    guard let array = dest as? [Any], let page = array.first as? String else { continue }
                    let numbers = array.compactMap { ($0 as? NSNumber)?.doubleValue }
                    result[name] = Destination(page: page, x: numbers.first ?? .nan, y: numbers.dropFirst().first ?? .nan)
                }
            }
        }
        walk(names["/Dests"])
        return result
    }

    /// The destination names the outline entries jump to.
    func outlineDestinations() -> [String] {
        var result: [String] = []
        func walk(_ item: Any?) {
            guard let item = resolve(item) as? [String: Any] else { return }
            if let dest = Self.string(item["/Dest"]) { result.append(dest) }
            walk(item["/First"])
            walk(item["/Next"])
        }
        if let outlines = resolve(root["/Outlines"]) as? [String: Any] { walk(outlines["/First"]) }
        return result
    }

    /// Every link annotation, page by page.
    func linkAnnotations() -> [Link] {
        var links: [Link] = []
        for page in pageObjects {
            guard let dict = resolve(page) as? [String: Any], let annots = resolve(dict["/Annots"]) as? [Any] else { continue }
            for annot in annots {
                guard let a = resolve(annot) as? [String: Any], a["/Subtype"] as? String == "/Link" else { continue }
                let rect = (resolve(a["/Rect"]) as? [Any] ?? []).compactMap { ($0 as? NSNumber)?.doubleValue }
                let action = resolve(a["/A"]) as? [String: Any]
                links.append(Link(page: page, rect: rect, destination: Self.string(a["/Dest"]),
                                  uri: Self.string(action?["/URI"])))
            }
        }
        return links
    }
}

extension PDFInfo {
    /// The page labels poppler reports, in page order.
    static func labels(_ path: String) throws -> [String] {
        let json = try Tools.output("qpdf", ["--json", "--json-key=pages", path])
        let top = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let pages = try #require(top["pages"] as? [[String: Any]])
        return pages.map { QPDFObjects.string(($0["label"] as? [String: Any])?["/P"]) ?? "" }
    }
}
