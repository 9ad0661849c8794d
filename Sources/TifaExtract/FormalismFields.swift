/// A sentence that promises future action, as the formalism measures classify it (see docs/FORMALISM.md).
public struct Commitment: Codable, Sendable, Equatable {
    /// The sentence's range (Unicode scalar offsets, normalised or original as the extraction's `offsetsInto`).
    public var start: Int
    public var end: Int
    /// The sentence (normalised text).
    public var text: String
    /// It names a number or quantity, a responsible unit or person, or a deliverable.
    public var concrete: Bool
    /// It sets an explicit time limit.
    public var deadline: Bool
    /// What decided: `class:matched text` (plan-section:整改措施, promise:将, quantity:12次, deadline:6月底前 …).
    public var cues: [String]

    public init(start: Int, end: Int, text: String, concrete: Bool, deadline: Bool, cues: [String]) {
        self.start = start
        self.end = end
        self.text = text
        self.concrete = concrete
        self.deadline = deadline
        self.cues = cues
    }
}
