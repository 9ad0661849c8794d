import TifaDashboard

/// One report CSV file being written: each row goes to the file and, when the run builds its dashboard, to the
/// dashboard's sink as the same values (`DashboardInput`), so the page never reads the file back.
final class ReportCSV {
    private let file: OutputFile
    private let sink: (any TableSink)?
    private var writer = CSVWriter()

    /// Creates the file at path and writes header; sink (if any) receives the header and every row.
    init(path: String, header: [String], sink: (any TableSink)? = nil) throws {
        file = try OutputFile(path: path)
        self.sink = sink
        writer.row(header)
        try sink?.begin(header: header, source: path)
    }

    func row(_ cells: [String]) throws {
        writer.row(cells)
        try sink?.add(cells)
        if writer.text.utf8.count >= 1 << 16 { try file.write(writer.drain()) }
    }

    func close() throws {
        try file.write(writer.drain())
        try file.close()
    }
}
