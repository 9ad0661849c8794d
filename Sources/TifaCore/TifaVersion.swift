/// Tifa's own version, recorded in every output.
public enum TifaVersion {
    public static let string = "0.1.0"
}
