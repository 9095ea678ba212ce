/// The picker's fuzzy search over the approved templates: every word typed must be found in
/// the title, a tag or the text (as a word start, anywhere inside, or as letters in order in
/// the title, for «прдл» → «Продление»); the better the places, the higher the template.
public enum TemplateSearch {
    public struct Match: Sendable, Equatable {
        public let template: ReplyTemplate
        public let score: Int
    }

    public struct Group: Sendable, Equatable {
        public let category: RequestCategory
        public let matches: [Match]
    }

    /// Pickable templates for the channel (nil: any) that match every word of `query`, best
    /// first. An empty query lists them all in category order, then by title.
    public static func search(_ query: String, in library: TemplateLibrary, channel: ItemKind?) -> [Match] {
        let words = SearchText.words(query)
        let candidates = library.pickable.filter { channel.map($0.allows) ?? true }
        let scored: [Match] = candidates.compactMap { template in
            var total = 0
            let fields = Fields(template)
            for word in words {
                guard let score = fields.score(word) else { return nil }
                total += score
            }
            return Match(template: template, score: total)
        }
        let order = Dictionary(uniqueKeysWithValues: RequestCategory.allCases.enumerated().map { ($1, $0) })
        return scored.sorted { a, b in
            if a.score != b.score { return a.score > b.score }
            if a.template.category != b.template.category {
                return order[a.template.category, default: 0] < order[b.template.category, default: 0]
            }
            return a.template.title < b.template.title
        }
    }

    /// The matches by category, as the picker shows them: the group of the best match first,
    /// each group in match order.
    public static func grouped(_ matches: [Match]) -> [Group] {
        var groups: [Group] = []
        var position: [RequestCategory: Int] = [:]
        for match in matches {
            if let index = position[match.template.category] {
                groups[index] = Group(category: groups[index].category, matches: groups[index].matches + [match])
            } else {
                position[match.template.category] = groups.count
                groups.append(Group(category: match.template.category, matches: [match]))
            }
        }
        return groups
    }

    /// A template's searchable text, folded once.
    struct Fields {
        let titleWords: [String]
        let title: String
        let tags: [String]
        let bodyWords: [String]

        init(_ template: ReplyTemplate) {
            title = SearchText.fold(template.title)
            titleWords = SearchText.words(template.title)
            tags = template.tags.map(SearchText.fold)
            bodyWords = SearchText.words(template.body)
        }

        /// How well one typed word is found; nil when it is nowhere.
        func score(_ word: String) -> Int? {
            if titleWords.contains(word) { return 100 }
            if titleWords.contains(where: { $0.hasPrefix(word) }) { return 80 }
            if tags.contains(word) { return 75 }
            if tags.contains(where: { $0.hasPrefix(word) || $0.contains(word) }) { return 60 }
            if title.contains(word) { return 50 }
            if bodyWords.contains(where: { $0.hasPrefix(word) }) { return 30 }
            if bodyWords.contains(where: { $0.contains(word) }) { return 20 }
            if word.count >= 2, Self.isSubsequence(word, of: titleWords) { return 10 }
            return nil
        }

        /// The letters in order within one title word, starting at its first letter, so that
        /// «прдл» finds «продление» but «о» alone does not find everything.
        static func isSubsequence(_ word: String, of titleWords: [String]) -> Bool {
            titleWords.contains { candidate in
                guard candidate.first == word.first else { return false }
                var rest = Substring(candidate)
                for character in word {
                    guard let found = rest.firstIndex(of: character) else { return false }
                    rest = rest[rest.index(after: found)...]
                }
                return true
            }
        }
    }
}
