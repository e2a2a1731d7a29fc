internal import CCairo
internal import CPangoCairo
import Figures

/// Lays out text with Pango, at 72 dpi so a point of font size is a point on the page.
///
/// Glyph positions are neither hinted nor rounded, so the extents measured here are the
/// extents drawn on any surface (PDF, PNG or SVG). One typesetter owns its own font maps;
/// use it from one thread at a time.
///
/// Text its family covers is laid out over a font map of that family's fonts alone
/// (`FamilyFonts`), which Pango can set up without sorting every installed font for
/// fallback; any other text is laid out over the font map of every font.
public final class Typesetter {
    /// The context over every font fontconfig knows.
    private let everyFont: FontContext
    /// Contexts over one family's fonts, by family; nil for a family with no fonts installed.
    private var familyOnly: [String: FontContext?] = [:]

    /// Whether text a family covers goes to that family's fonts alone (always, but for tests
    /// that compare the two).
    private let familyFontsAlone: Bool

    /// A typesetter over the fonts fontconfig knows.
    public convenience init() throws {
        try self.init(familyFontsAlone: true)
    }

    init(familyFontsAlone: Bool) throws {
        everyFont = try FontContext()
        self.familyFontsAlone = familyFontsAlone
    }

    /// The context to lay out `texts` in `family` with.
    private func context(for family: String, _ texts: [String]) -> OpaquePointer {
        guard familyFontsAlone else { return everyFont.context }
        let own: FontContext?
        if let made = familyOnly[family] {
            own = made
        } else {
            // Pango loads fontconfig's configuration on a thread of its own; wait for it
            // rather than load it a second time here. Should a family's own font map fail,
            // its text goes to every font, as it would without one.
            everyFont.waitForFontconfig()
            own = FamilyFonts.named(family).flatMap { try? FontContext(fonts: $0) }
            familyOnly[family] = own
        }
        if let own, let fonts = own.fonts, texts.allSatisfy(fonts.covers) { return own.context }
        return everyFont.context
    }

    /// Whether `text` in `family` is laid out over the family's fonts alone (for tests).
    func laysOutOverFamilyAlone(_ text: String, family: String) -> Bool {
        context(for: family, [text]) != everyFont.context
    }

    /// Loads the fonts text in `family` is laid out with, so that the first layout does not
    /// wait for them: a thread with nothing else to do yet can pay for them in advance.
    public func prepare(family: String) {
        _ = context(for: family, [])
    }

    /// Lays out plain `text` (shown exactly as written, never read as markup) in `style`,
    /// wrapped at `width` points when given; `\n` starts a new paragraph.
    public func layout(_ text: String, style: TextStyle, width: Double? = nil) throws -> TextLayout {
        let key = LayoutKey(text: text, runs: nil, style: style, width: width)
        if let cached = cache[key] { return cached }
        let clean = Self.sanitized(text)
        let layout = try makeLayout(in: context(for: style.family, [clean]), style: style, width: width)
        clean.withCString { pango_layout_set_text(layout, $0, Int32(clean.utf8.count)) }
        return remember(TextLayout(layout: layout, color: style.color), for: key)
    }

    /// What a layout is made from: the same text in the same style and width is the same
    /// layout, so it is shaped once (handouts repeat footers, headings and an exercise's
    /// words whenever the exercise comes back).
    private struct LayoutKey: Hashable {
        var text: String?
        var runs: [TextRun]?
        var style: TextStyle
        var width: Double?
    }

    /// Layouts made so far. A `TextLayout` never changes once made, so one can be drawn in
    /// many places.
    private var cache: [LayoutKey: TextLayout] = [:]

    /// The most layouts kept; past it the cache starts again, so memory stays bounded over a
    /// long batch of plans.
    private static let cacheLimit = 4_000

    private func remember(_ layout: TextLayout, for key: LayoutKey) -> TextLayout {
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = layout
        return layout
    }

    /// Lays out runs of mixed emphasis in `style`, wrapped at `width` points when given.
    /// Each run's text is escaped, so `<`, `&` and quotes are shown as written.
    public func layout(_ runs: [TextRun], style: TextStyle, width: Double? = nil) throws -> TextLayout {
        let key = LayoutKey(text: nil, runs: runs, style: style, width: width)
        if let cached = cache[key] { return cached }
        let texts = runs.map { Self.sanitized($0.text) }
        let layout = try makeLayout(in: context(for: style.family, texts), style: style, width: width)
        let markup = Self.markup(for: runs)
        var error: UnsafeMutablePointer<GError>? = nil
        let ok = pango_parse_markup(markup, -1, 0, nil, nil, nil, &error)
        guard ok != 0 else {
            let reason = error.map { String(cString: $0.pointee.message) } ?? "invalid markup"
            if let error { g_error_free(error) }
            g_object_unref(UnsafeMutableRawPointer(layout))
            throw GraphicsError.text(operation: "laying out styled text", reason: reason)
        }
        pango_layout_set_markup(layout, markup, -1)
        return remember(TextLayout(layout: layout, color: style.color), for: key)
    }

    private func makeLayout(in context: OpaquePointer, style: TextStyle, width: Double?) throws -> OpaquePointer {
        guard style.size.isFinite, style.size > 0, style.size < 10_000 else {
            throw GraphicsError.invalidArgument(operation: "lay out text", reason: "font size \(style.size) is not a usable size")
        }
        guard let layout = pango_layout_new(context) else {
            throw GraphicsError.text(operation: "creating a text layout", reason: "Pango returned no layout")
        }
        guard let font = pango_font_description_new() else {
            g_object_unref(UnsafeMutableRawPointer(layout))
            throw GraphicsError.text(operation: "creating a font description", reason: "Pango returned none")
        }
        defer { pango_font_description_free(font) }
        pango_font_description_set_family(font, style.family)
        pango_font_description_set_size(font, Int32((style.size * Double(PANGO_SCALE)).rounded()))
        pango_font_description_set_weight(font, Self.pangoWeight(style.weight))
        pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, font)

        if let width, width.isFinite {
            pango_layout_set_width(layout, Int32((max(width, 0) * Double(PANGO_SCALE)).rounded()))
            // Break inside a word only when the word alone is wider than the column.
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        switch style.alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout, 1)
        }
        // A factor of 0 keeps Pango's natural spacing, which is what 1 means here.
        if style.lineSpacing.isFinite, style.lineSpacing > 0, style.lineSpacing != 1 {
            pango_layout_set_line_spacing(layout, Float(style.lineSpacing))
        }
        return layout
    }

    static func pangoWeight(_ weight: TextStyle.Weight) -> PangoWeight {
        switch weight {
        case .regular: return PANGO_WEIGHT_NORMAL
        case .medium: return PANGO_WEIGHT_MEDIUM
        case .bold: return PANGO_WEIGHT_BOLD
        }
    }

    /// The Pango markup for `runs`, every run's text escaped.
    static func markup(for runs: [TextRun]) -> String {
        var out = ""
        for run in runs {
            var attributes: [String] = []
            if let weight = run.weight {
                attributes.append("weight=\"\(pangoWeight(weight).rawValue)\"")
            }
            if let italic = run.italic { attributes.append(italic ? "style=\"italic\"" : "style=\"normal\"") }
            if let color = run.color {
                attributes.append("foreground=\"\(hex(color))\"")
                if color.alpha < 1 {
                    let alpha = Int((min(max(color.alpha, 0), 1) * 65535).rounded())
                    attributes.append("fgalpha=\"\(max(alpha, 1))\"")
                }
            }
            let text = escaped(run.text)
            out += attributes.isEmpty ? text : "<span \(attributes.joined(separator: " "))>\(text)</span>"
        }
        return out
    }

    /// `text` escaped for Pango markup; control characters markup cannot carry become U+FFFD.
    static func escaped(_ text: String) -> String { XMLText.escape(sanitized(text)) }

    /// `text` without the control characters Pango cannot show or markup cannot hold
    /// (tab and line ends are kept).
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnwantedControl) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isUnwantedControl(scalar) ? "\u{FFFD}" : scalar)
        }
        return String(out)
    }

    private static func isUnwantedControl(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\n" && s != "\r" && s != "\t") || s.value == 0x7f
    }

    private static func hex(_ c: Color) -> String {
        func byte(_ v: Double) -> String {
            let b = Int((min(max(v, 0), 1) * 255).rounded())
            let s = String(b, radix: 16)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + byte(c.red) + byte(c.green) + byte(c.blue)
    }
}

/// A Pango context over a font map of its own, set up as every typesetter lays text out.
private final class FontContext {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    /// The family whose fonts alone the font map holds; nil when it holds every font.
    let fonts: FamilyFonts?

    init(fonts: FamilyFonts? = nil) throws {
        guard let fontMap = pango_cairo_font_map_new() else {
            throw GraphicsError.text(operation: "creating a font map", reason: "Pango returned no font map")
        }
        if let fonts {
            guard let fontconfigMap = Self.fontconfigMap(fontMap) else {
                g_object_unref(fontMap)
                throw GraphicsError.text(operation: "creating a font map", reason: "Pango's font map does not use fontconfig")
            }
            pango_fc_font_map_set_config(fontconfigMap, fonts.config)
        }
        guard let context = pango_font_map_create_context(fontMap) else {
            g_object_unref(fontMap)
            throw GraphicsError.text(operation: "creating a text context", reason: "Pango returned no context")
        }
        self.fontMap = fontMap
        self.context = context
        self.fonts = fonts
        // Pango's default of 96 dpi would make 10 pt text come out at 13.3 points.
        pango_cairo_context_set_resolution(context, 72)
        // Hinted metrics snap advances to whole device units, which differ between a PDF
        // (points) and a PNG (pixels at another scale); unhinted, measure and draw agree.
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            pango_cairo_context_set_font_options(context, options)
            cairo_font_options_destroy(options)
        }
        pango_context_set_round_glyph_positions(context, 0)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(fontMap)
    }

    /// Returns once Pango has loaded fontconfig's configuration.
    func waitForFontconfig() {
        if let fontconfigMap = Self.fontconfigMap(fontMap) { _ = pango_fc_font_map_get_config(fontconfigMap) }
    }

    /// `fontMap` as the fontconfig font map it is on Linux; nil on a system where it is not.
    private static func fontconfigMap(_ fontMap: UnsafeMutablePointer<PangoFontMap>) -> OpaquePointer? {
        let instance = UnsafeMutableRawPointer(fontMap).assumingMemoryBound(to: GTypeInstance.self)
        guard g_type_check_instance_is_a(instance, pango_fc_font_map_get_type()) != 0 else { return nil }
        return OpaquePointer(fontMap)
    }
}
