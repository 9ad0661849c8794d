/// The dashboard's stylesheet, `Resources/dashboard.css`, compiled into the library (a CJK font stack so Chinese
/// never shows as boxes).
enum DashboardStyle {
    static let css = String(decoding: PackageResources.dashboard_css, as: UTF8.self)
}
