import PlanCore

/// Segment lengths and drawn thicknesses of an adult body, in metres.
///
/// Lengths are fractions of stature from the anthropometric segment-length diagram of
/// Drillis and Contini (1966) as given by D. A. Winter, "Biomechanics and Motor Control of
/// Human Movement" (4th ed., 2009), figure 4.1: thigh 0.245 H, shank 0.246 H, upper arm
/// 0.186 H, forearm 0.146 H, hand 0.108 H, foot 0.152 H, hip (greater trochanter) height
/// 0.530 H, shoulder height 0.818 H, chin height 0.870 H, shoulder width 0.259 H, hip width
/// 0.191 H, ankle height 0.039 H. Segment masses for the centre of mass are Winter's table
/// 4.1 fractions. Thicknesses are drawing choices, not measurements: round limbs sized so
/// the figure reads as an adult at handout size.
public struct BodyProportions: Sendable, Hashable {
    /// Standing height.
    public var stature: Double

    /// A body of the given stature (1.70 m by default).
    public init(stature: Double = 1.70) { self.stature = stature }

    /// The default adult.
    public static let adult = BodyProportions()

    private func h(_ fraction: Double) -> Double { fraction * stature }

    /// Hip joint centre height above the floor when standing (greater trochanter).
    public var hipHeight: Double { h(0.530) }
    /// Half the distance between the hip joint centres.
    public var hipHalfWidth: Double { h(0.052) }
    /// Pelvis (hip joint midpoint) to the middle of the spine.
    public var lowerSpine: Double { h(0.144) }
    /// Middle of the spine to the base of the neck, at shoulder height (0.818 H - 0.530 H).
    public var upperSpine: Double { h(0.144) }
    /// Half the distance between the shoulder joint centres (inside the 0.259 H outer width).
    public var shoulderHalfWidth: Double { h(0.100) }
    /// How far the shoulder joints sit below the base of the neck.
    public var shoulderDrop: Double { h(0.012) }
    /// Base of the neck to the base of the skull (shoulder to chin height).
    public var neck: Double { h(0.052) }
    /// Base of the skull to the centre of the head.
    public var headCentre: Double { h(0.062) }
    /// The head's drawn radius (chin to crown is 0.130 H).
    public var headRadius: Double { h(0.062) }
    public var upperArm: Double { h(0.186) }
    public var forearm: Double { h(0.146) }
    /// Wrist to fingertips, drawn a little short because fingers curl.
    public var hand: Double { h(0.090) }
    public var thigh: Double { h(0.245) }
    public var shank: Double { h(0.246) }
    /// Ankle joint height above the sole.
    public var ankleHeight: Double { h(0.039) }
    /// Ankle to the tip of the toes, along the sole (the foot is 0.152 H long).
    public var forefoot: Double { h(0.115) }
    /// Ankle to the back of the heel, along the sole.
    public var rearfoot: Double { h(0.037) }

    // Drawn radii of the round segments.
    public var pelvisRadius: Double { h(0.064) }
    public var waistRadius: Double { h(0.070) }
    public var chestRadius: Double { h(0.078) }
    public var shoulderRadius: Double { h(0.034) }
    public var neckRadius: Double { h(0.028) }
    public var upperArmRadius: Double { h(0.027) }
    public var forearmRadius: Double { h(0.021) }
    public var handRadius: Double { h(0.016) }
    public var thighRadius: Double { h(0.044) }
    public var shankRadius: Double { h(0.031) }
    public var footRadius: Double { h(0.018) }
    /// The front of the rib cage: a round mass ahead of the spine, halfway up the chest.
    public var chestFrontRadius: Double { h(0.064) }
    /// How far ahead of the spine the rib cage's round front is centred.
    public var chestFrontDepth: Double { h(0.034) }
    /// The buttocks: a round mass behind the hip joints, centred a little toward the waist.
    public var seatRadius: Double { h(0.050) }
    /// How far behind the hip joints the buttocks are centred.
    public var seatDepth: Double { h(0.030) }
}
