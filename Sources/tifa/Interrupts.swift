import Foundation
import Tifa

/// The command line's handling of SIGINT and SIGTERM: remove the temporary folders the library registered,
/// say so, and exit with 128 + the signal number. (The library itself never handles signals or exits.)
enum Interrupts {
    private static let queue = DispatchQueue(label: "tifa.interrupt")
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers; call once, before any work starts.
    static func install() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            source.setEventHandler {
                let removed = TemporaryFolders.shared.removeAll()
                CLIReport.error(removed > 0 ? "interrupted: no output written" : "interrupted")
                exit(128 + sig)
            }
            source.resume()
            sources.append(source)
        }
    }
}
