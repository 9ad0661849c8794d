/// The codebook categories of the run (problem categories, criteria sets, vocabulary categories and entry names)
/// with every literal wording, so the page's concordance and trends can search a category as `tifa kwic --category`.
public struct DashboardCodebook: Encodable, Sendable {
    /// One searchable name and its wordings.
    public struct Category: Encodable, Sendable {
        public let name: String
        public let wordings: [String]
        public init(name: String, wordings: [String]) {
            self.name = name
            self.wordings = wordings
        }
    }

    public let categories: [Category]

    /// Categories sorted by name; names without a wording are left out.
    public init(categories: [Category]) {
        self.categories = categories.filter { !$0.wordings.isEmpty }.sorted { $0.name < $1.name }
    }
}
