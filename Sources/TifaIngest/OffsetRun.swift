import TifaCore

/// A run of normalised positions that map one-to-one onto consecutive original positions: the compact form of
/// an `OffsetMap` that `tifa normalize --offsets` prints.
public struct OffsetRun: Sendable, Equatable, Codable {
    public var normalizedStart: Int
    public var originalStart: Int
    public var length: Int

    public init(normalizedStart: Int, originalStart: Int, length: Int) {
        self.normalizedStart = normalizedStart
        self.originalStart = originalStart
        self.length = length
    }

    /// The runs of a map, in order; together they cover every normalised position.
    public static func runs(_ map: OffsetMap) -> [OffsetRun] {
        var runs: [OffsetRun] = []
        for p in 0..<map.count {
            let o = map.original(p)
            if var last = runs.last, last.normalizedStart + last.length == p, last.originalStart + last.length == o {
                last.length += 1
                runs[runs.count - 1] = last
            } else {
                runs.append(OffsetRun(normalizedStart: p, originalStart: o, length: 1))
            }
        }
        return runs
    }
}
