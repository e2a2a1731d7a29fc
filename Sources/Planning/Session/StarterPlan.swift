import PlanCore

/// The commented plan `classplan new` writes: every key of the format, ready to edit.
enum StarterPlan {
    /// The plan, its example date set to `today`.
    static func text(today: PlanDate) -> String {
        template.replacingOccurrences(of: "# date: 2026-12-01 ", with: "# date: \(today) ")
    }

    private static let template = """
    # A class plan for classplan. Check it with `classplan check FILE`,
    # print its handouts with `classplan render FILE`.
    # Times are written like 45s, 1min, 1m30s, 1:30 or 2 minutes.

    title: Deep hips, steady pelvis       # required: the class's name
    # date: 2026-12-01                    # YYYY-MM-DD
    # teacher: Your name
    # studio: Your studio
    length: 40min                         # the class length to plan for
    level: mixed                          # beginner | mixed | advanced
    focus: the deep hip rotators
    paper: a4                             # a4 | letter
    fit: false                            # true stretches or shrinks flexible items to fill `length`
    notes: |                              # on the teacher sheet only
      Have a block or cushion ready for anyone who needs one under the head.
    # library: [my-exercises]             # folders of your own exercises, next to this file
    # transitions:                        # seconds spent moving between positions
    #   turn-over: 15s                    # keys: turn-over, floor-change, floor-to-standing

    sequence:                             # required: the class, in order
      - block: warm-up
      - block: bridges
      - block: hip-rotation-series
        per_side: 1min                    # work per exercise, on each side
        sides: right-first                # right-first | left-first | alternate
        # pick: [1, 2]                    # only some of the block, by number or id
        note: Scratch the side of the hip before the second position.
        home: true                        # students practise this at home
      - block: side-lying-legs
        sides: left-first                 # stay on the side the series ended on
      - block: quadruped
      - block: standing
      - exercise: figure-four-stretch
        per_side: 45s
      - name: Breathing into the back ribs   # an exercise of your own, written here
        position: supine
        time: 2min
        cues:                             # one `- ` line per cue
          - Let the back ribs widen on each in-breath.
          - Let the breath out slowly, and feel the ribs narrow.
      - block: cool-down

    share:                                # what students take home
      message: One minute per position, on each side, every day.
      practice: 4 weeks                   # length of the practice tracker
      # reminder: 07:30                   # the calendar reminder's time (default 08:00)
      # link: https://example.org/your-class

    """
}
