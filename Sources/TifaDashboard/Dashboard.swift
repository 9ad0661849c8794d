import Foundation
import TifaCore

/// Builds `dashboard.html`, one self-contained page, from a run's `DashboardInput` or a saved `tifa analyze` folder.
public enum Dashboard {
    /// The file name written into the analysis folder.
    public static let fileName = "dashboard.html"

    /// Limits that keep the page usable for large corpora; what is cut is said on the page.
    public struct Limits: Sendable {
        /// Rows of terms.csv embedded (the charts need the top few hundred content terms).
        public var terms = 3000
        /// Rows of slogans.csv embedded.
        public var slogans = 5000
        /// Total UTF-8 bytes of extraction records embedded for the drill-down.
        public var extractionBytes = 12_000_000
        /// Total UTF-8 bytes of normalised text embedded for the concordance box.
        public var textBytes = 16_000_000
        /// Terms of trends.csv embedded besides the codebook terms (which are always embedded).
        public var trendTerms = 200
        /// Pairs of reuse.csv embedded (ranked by shared characters), each with its passages.
        public var reusePairs = 200
        /// Total UTF-8 bytes of reuse-texts.jsonl embedded for the side-by-side view (the file itself is bounded
        /// by `tifa analyze`, see `ReuseTextLimits`).
        public var reuseTextBytes = 12_000_000
        public init() {}
    }

    /// The page for the analysis saved in folder, as HTML text.
    /// `codebook` gives the page the run's category wordings (for concordance and trends by category).
    public static func html(analysisDirectory folder: URL, codebook: DashboardCodebook? = nil,
                            limits: Limits = Limits()) throws -> String {
        try html(DashboardFolder.read(folder, limits: limits), codebook: codebook)
    }

    /// The page for input, as HTML text.
    public static func html(_ input: DashboardInput, codebook: DashboardCodebook? = nil) throws -> String {
        String(decoding: try page(input, codebook), as: UTF8.self)
    }

    private static func page(_ input: DashboardInput, _ codebook: DashboardCodebook?) throws -> [UInt8] {
        DashboardPage.render(payload: try DashboardPayload.fields(input, codebook: codebook))
    }

    /// Rebuilds folder/dashboard.html from the analysis saved in folder.
    public static func write(analysisDirectory folder: URL, codebook: DashboardCodebook? = nil,
                             limits: Limits = Limits()) throws {
        try write(DashboardFolder.read(folder, limits: limits), into: folder, codebook: codebook)
    }

    /// Writes folder/dashboard.html from input (through a temporary file and a rename, so it is never half-written).
    public static func write(_ input: DashboardInput, into folder: URL, codebook: DashboardCodebook? = nil) throws {
        let page = try page(input, codebook)
        let target = folder.appendingPathComponent(fileName)
        let temporary = folder.appendingPathComponent(".\(fileName).tmp-\(getpid())")
        do {
            try Data(page).write(to: temporary)
            // rename(2) replaces an existing page atomically.
            guard rename(temporary.path, target.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw TifaError(code: "dashboard.write", file: target.path,
                            message: "cannot write the dashboard: \(error.localizedDescription)")
        }
    }
}
