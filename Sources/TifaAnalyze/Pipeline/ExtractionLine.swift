import TifaCore
import TifaExtract

/// One line of `extractions.jsonl`: a document's extracted items, each with the sentence it sits in.
struct ExtractionLine: Encodable {
    struct Slogan: Encodable {
        var text: String
        var kind: String
        var start: Int
        var end: Int
        var sentence: String
    }
    struct Mention: Encodable {
        var kind: String
        var item: String
        var text: String
        var start: Int
        var end: Int
        var sentence: String
    }
    struct Criteria: Encodable {
        var set: String
        var named: Bool
        var size: Int
        var source: String
        var items: [String]
        var mentions: [Mention]
    }
    struct Problem: Encodable {
        var category: String
        var subtype: String?
        var stance: String
        var cue: String
        var cue_kind: String
        var cue_class: String
        var text: String
        var section: String
        var sentence: String
        var start: Int
        var end: Int
        var specific: Bool?
        var remedied: Bool?
    }

    var document: String
    var id: String
    var metadata: [String: String]
    var slogans: [Slogan]
    var criteria: [Criteria]
    var problems: [Problem]
    var commitments: [Commitment]?

    /// The line of an extraction already in original offsets (`inOriginalOffsets`); sentences and sections come
    /// from `document`'s sentences through each mention's `sentenceIndex`.
    init(extraction e: DocumentExtraction, document: TextDocument) {
        self.document = e.document
        id = e.id
        metadata = document.metadata
        let sentence = { (i: Int?) in i.map { document.string(document.sentences[$0].range) } ?? "" }
        slogans = e.slogans.map {
            Slogan(text: $0.text, kind: $0.kind.rawValue, start: $0.start, end: $0.end, sentence: sentence($0.sentenceIndex))
        }
        criteria = e.criteria.map { c in
            Criteria(set: c.set, named: c.named, size: c.total, source: c.source, items: c.items, mentions: c.mentions.map {
                Mention(kind: $0.kind, item: $0.item, text: $0.text, start: $0.start, end: $0.end,
                        sentence: sentence($0.sentenceIndex))
            })
        }
        problems = e.problems.map {
            Problem(category: $0.category, subtype: $0.subtype, stance: $0.stance.rawValue, cue: $0.cue,
                    cue_kind: $0.cueKind, cue_class: $0.cueClass, text: $0.text,
                    section: document.sectionPath(ofSentence: $0.sentenceIndex), sentence: $0.sentence,
                    start: $0.start, end: $0.end, specific: $0.specific, remedied: $0.remedied)
        }
        commitments = e.commitments
    }
}

extension TextDocument {
    /// The section headings of sentence i, outermost first, joined by ` > ` ("" for no sentence), as reports write them.
    func sectionPath(ofSentence i: Int?) -> String {
        i.map { sectionTitles(ofSentence: $0).joined(separator: " > ") } ?? ""
    }
}
