import Foundation
import PlanCore

/// The picture for a cue or palpation trick, drawn on the side-lying body.
public func scene(for illustration: Illustration, size: Size, options: FigureOptions = FigureOptions()) -> Scene {
    Scene(size: size)
}
