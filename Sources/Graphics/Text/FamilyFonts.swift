internal import CPangoCairo
import Figures
import Synchronization

/// One font family's own fonts, held apart from every other font fontconfig knows.
///
/// Pango finds the fonts for a text in a font map: the best face of the family asked for,
/// and behind it every installed font, sorted, to fall back on for characters the family
/// lacks. Pango sorts those fonts for each new size, weight and slant, on a thread of its
/// own, whether or not the text ever needs them; on a machine with fonts for many scripts
/// (a few hundred files) each sort costs about a millisecond, dozens of times for one
/// handout. Text the family covers needs no fallback, so a typesetter lays it out over a
/// font map that holds the family's fonts alone: the same faces draw it, with nothing else
/// to sort. Text with a character the family lacks goes to the font map of every font.
final class FamilyFonts: @unchecked Sendable {
    // Safe to share: the configuration and the character set are never changed once made,
    // and fontconfig reads them from any thread.

    /// A fontconfig configuration that holds the family's fonts and no others.
    let config: OpaquePointer
    /// The characters every font of the family has.
    private let charset: OpaquePointer
    /// Whether each ASCII character is covered, so that most text is judged without a call
    /// into fontconfig.
    private let ascii: [Bool]

    private init(config: OpaquePointer, charset: OpaquePointer) {
        self.config = config
        self.charset = charset
        ascii = (0..<128).map { Self.picksNoFont(UInt32($0)) || FcCharSetHasChar(charset, UInt32($0)) != 0 }
    }

    deinit {
        FcCharSetDestroy(charset)
        FcConfigDestroy(config)
    }

    /// Whether every character of `text` is drawn by the family's own fonts.
    func covers(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 128 {
                if !ascii[Int(value)] { return false }
            } else if !Self.picksNoFont(value), FcCharSetHasChar(charset, value) == 0 {
                return false
            }
        }
        return true
    }

    /// Control characters (line ends, tabs) never make Pango choose a font: they take the
    /// font of the text around them, whichever fonts the map holds.
    private static func picksNoFont(_ value: UInt32) -> Bool {
        value < 0x20 || (value >= 0x7f && value < 0xa0)
    }

    /// The fonts of `family`, made once for the whole process; nil when fontconfig knows no
    /// font of that family, which then falls back like any other text.
    static func named(_ family: String) -> FamilyFonts? {
        known.withLock { known in
            if let made = known[family] { return made }
            let made = make(family)
            known[family] = made
            return made
        }
    }

    private static let known = Mutex<[String: FamilyFonts?]>([:])

    /// Fontconfig's own configuration (the system's, or `FONTCONFIG_FILE`'s), with one more
    /// rule: accept the fonts of `family` and reject the rest. Its other rules stay, so a
    /// face drawn from it is set up as the font map of every font sets it up (hinting,
    /// synthetic bold and slant): a PDF with text of both kinds then holds each font once.
    /// The fonts come from the same caches; no font file is opened.
    private static func make(_ family: String) -> FamilyFonts? {
        guard let main = FcConfigGetFilename(nil, nil) else { return nil }
        defer { FcStrFree(main) }
        var xml = "<?xml version=\"1.0\"?><fontconfig>"
        xml += "<include ignore_missing=\"yes\">\(XMLText.escape(String(cString: main)))</include>"
        xml += "<selectfont><rejectfont><pattern/></rejectfont><acceptfont><pattern>"
        xml += "<patelt name=\"family\"><string>\(XMLText.escape(family))</string></patelt>"
        xml += "</pattern></acceptfont></selectfont></fontconfig>"

        guard let config = FcConfigCreate() else { return nil }
        guard FcConfigParseAndLoadFromMemory(config, xml, FcFalse) != 0, FcConfigBuildFonts(config) != 0,
              let fonts = FcConfigGetFonts(config, FcSetSystem), fonts.pointee.nfont > 0,
              allOf(fonts.pointee, are: family),
              let charset = commonCharacters(of: fonts.pointee) else {
            FcConfigDestroy(config)
            return nil
        }
        return FamilyFonts(config: config, charset: charset)
    }

    /// Whether every font of `fonts` is of `family`. A system or user configuration that
    /// accepts other fonts (an `<acceptfont>` of its own) lets them in too; the family's
    /// text then goes to the font map of every font, as it would without one.
    private static func allOf(_ fonts: FcFontSet, are family: String) -> Bool {
        let wanted = family.lowercased()
        return (0..<Int(fonts.nfont)).allSatisfy { index in
            guard let font = fonts.fonts[index] else { return false }
            var n: Int32 = 0
            var name: UnsafeMutablePointer<FcChar8>? = nil
            while FcPatternGetString(font, FC_FAMILY, n, &name) == FcResultMatch, let name {
                if String(cString: name).lowercased() == wanted { return true }
                n += 1
            }
            return false
        }
    }

    /// The characters every font of `fonts` has: the intersection of their character sets.
    private static func commonCharacters(of fonts: FcFontSet) -> OpaquePointer? {
        var common: OpaquePointer? = nil
        for index in 0..<Int(fonts.nfont) {
            var charset: OpaquePointer? = nil
            guard let font = fonts.fonts[index],
                  FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) == FcResultMatch, let charset else {
                if let common { FcCharSetDestroy(common) }
                return nil
            }
            if let previous = common {
                let both = FcCharSetIntersect(previous, charset)
                FcCharSetDestroy(previous)
                guard let both else { return nil }
                common = both
            } else {
                common = FcCharSetCopy(charset)
            }
        }
        return common
    }
}
