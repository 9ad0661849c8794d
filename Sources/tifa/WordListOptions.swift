import ArgumentParser

/// Stopword and numeral options shared by the corpus commands: they decide which terms ranked lists,
/// n-grams, collocations and tokens files leave out.
struct WordListOptions: ParsableArguments {
    @Option(help: "An extra stopword list, one word per line (repeatable); added to the shipped list.")
    var stopwords: [String] = []

    @Flag(help: "Do not use the shipped stopword list (Dictionaries/stopwords/zh.txt).")
    var noDefaultStopwords = false

    @Flag(help: "Leave numerals, years and dates (一九五八年, 1958年, 百分之五) out of ranked lists, n-grams, collocations and tokens.")
    var dropNumbers = false
}
