/// The HTML shell of the dashboard: styles, the panels' empty containers, the data and the script.
enum DashboardPage {
    /// The page's UTF-8 bytes, the payload `{"key": JSON, ...}` made from fields in their order (each piece escaped
    /// straight into the page, never joined first).
    static func render(payload fields: [(key: String, json: String)]) -> [UInt8] {
        var page = Array(head.utf8)
        page.reserveCapacity(head.utf8.count + fields.reduce(0) { $0 + $1.json.utf8.count + 16 } + tail.utf8.count)
        for (i, field) in fields.enumerated() {
            ScriptSafeJSON.escape((i == 0 ? "{\"" : ",\"") + field.key + "\":", into: &page)
            ScriptSafeJSON.escape(field.json, into: &page)
        }
        ScriptSafeJSON.escape("}", into: &page)
        page.append(contentsOf: tail.utf8)
        return page
    }

    private static let head = """
        <!doctype html>
        <html lang="zh-Hans">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <title>Tifa dashboard</title>
        <style>\(DashboardStyle.css)</style>
        </head>
        <body data-tifa-status="loading">
        <header><h1>Tifa dashboard</h1><p id="subtitle"></p>
        <nav aria-label="Sections"><a href="#overview">Overview</a> <a href="#keywords">Keywords</a> <a href="#trends">Trends</a> <a href="#slogans">Slogans</a> <a href="#criteria">Criteria</a> <a href="#problems">Problems</a> <a href="#keyness">Keyness</a> <a href="#documents">Documents</a> <a href="#formalism">Formalism</a> <a href="#concordance">Concordance</a></nav>
        </header>
        <main>
        <section id="overview" aria-labelledby="h-overview"><h2 id="h-overview">Corpus overview</h2><div class="body"></div></section>
        <section id="keywords" aria-labelledby="h-keywords"><h2 id="h-keywords">Top keywords</h2><div class="body"></div></section>
        <section id="trends" aria-labelledby="h-trends"><h2 id="h-trends">Trends over time</h2><div class="body"></div></section>
        <section id="slogans" aria-labelledby="h-slogans"><h2 id="h-slogans">Slogans and formulas</h2><div class="body"></div></section>
        <section id="criteria" aria-labelledby="h-criteria"><h2 id="h-criteria">Criteria coverage</h2><div class="body"></div></section>
        <section id="problems" aria-labelledby="h-problems"><h2 id="h-problems">Problem categories by stance</h2><div class="body"></div></section>
        <section id="keyness" aria-labelledby="h-keyness"><h2 id="h-keyness">Group comparison (keyness)</h2><div class="body"></div></section>
        <section id="documents" aria-labelledby="h-documents"><h2 id="h-documents">Documents</h2><div class="body"></div></section>
        <section id="formalism" aria-labelledby="h-formalism"><h2 id="h-formalism">Formalism signals</h2><div class="body"></div></section>
        <section id="concordance" aria-labelledby="h-concordance"><h2 id="h-concordance">Concordance</h2><div class="body"></div></section>
        </main>
        <footer id="footer"></footer>
        <script type="application/json" id="tifa-data">
        """

    private static let tail = """
        </script>
        <script>\(DashboardScript.source)</script>
        </body>
        </html>

        """
}
