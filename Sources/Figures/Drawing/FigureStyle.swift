import PlanCore

/// The look of a figure: colours and line weights, chosen to print clearly in black and
/// white (the body is light with dark outlines; the target shows as a grey patch with a
/// dashed edge; the arrow is the darkest thing on the page).
public struct FigureStyle: Sendable, Hashable {
    /// Fill of near-side and midline body parts.
    public var bodyFill = Color.hex(0xF3EFE9)
    /// Outline of near-side and midline body parts.
    public var bodyOutline = Color.hex(0x2A2A2A)
    /// Fill of far-side limbs.
    public var farFill = Color.hex(0xD9D3CB)
    /// Outline of far-side limbs.
    public var farOutline = Color.hex(0x6F6A64)
    /// Fill of the start pose's ghost: lighter than the body, so it reads as "before".
    public var ghostFill = Color.hex(0xFBFBFB)
    /// Outline of the start pose's ghost, drawn dashed: dark enough to survive a grey
    /// photocopy, where a pale outline disappears.
    public var ghostOutline = Color.hex(0x5A5A5A)
    /// Fill of solid props (block, cushion, ball, wall, chair): a mid tone between the
    /// mat and the body, so a prop never reads as part of the body in grey print.
    public var propFill = Color.hex(0xC9BFAF)
    /// Outline of props.
    public var propOutline = Color.hex(0x4A4540)
    /// A strap, towel or band: darker than the body it crosses.
    public var cord = Color.hex(0x6F6252)
    /// A soft shadow cast on the mat under a part held off it.
    public var shadow = Color.hex(0x4E5762, alpha: 0.6)
    /// The mat's top.
    public var matFill = Color.hex(0xE4E8EC)
    /// The mat's edge.
    public var matEdge = Color.hex(0xA9B1BA)
    /// The target-muscle highlight (drawn translucent).
    public var highlight = Color.hex(0xE0602A, alpha: 0.42)
    /// The highlight's dashed edge.
    public var highlightEdge = Color.hex(0xB03A10, alpha: 0.9)
    /// The movement arrow.
    public var arrow = Color.hex(0x17365D)
    /// Label text.
    public var text = Color.hex(0x222222)

    public init() {}
}

/// Choices for drawing a figure.
public struct FigureOptions: Sendable, Hashable {
    /// Adds short labels (such as the target region's name).
    public var labels: Bool
    /// The body's proportions.
    public var proportions: BodyProportions
    /// Colours and weights.
    public var style: FigureStyle
    /// Empty space kept inside the frame on every side, in the frame's units; nil for 5%
    /// of the frame's smaller side.
    public var margin: Double?

    public init(labels: Bool = false, proportions: BodyProportions = .adult,
                style: FigureStyle = FigureStyle(), margin: Double? = nil) {
        self.labels = labels
        self.proportions = proportions
        self.style = style
        self.margin = margin
    }
}
