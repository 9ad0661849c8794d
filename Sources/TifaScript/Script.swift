/// The script a document is written in, judged from characters only one script uses.
public enum Script: String, Sendable, Codable {
    case simplified, traditional, mixed
    /// No character tells the scripts apart (ASCII only, or only shared characters).
    case undetermined
}
