/// The dashboard's script, `Resources/dashboard.js`, compiled into the library. It renders every panel from the
/// embedded JSON with DOM calls and `textContent` only (never `innerHTML`), so document text can never become markup.
enum DashboardScript {
    static let source = String(decoding: PackageResources.dashboard_js, as: UTF8.self)
}
