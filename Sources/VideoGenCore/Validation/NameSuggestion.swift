// "Did you mean …?" for unknown field names.

/// Finds the known name closest to a mistyped one.
enum NameSuggestion {
    /// The known name within a small edit distance of `name` (ignoring case, `_` and `-`), if exactly one is closest.
    static func closest(to name: String, among known: [String]) -> String? {
        let target = normalized(name)
        var best: (name: String, distance: Int)?
        var tie = false
        for candidate in known {
            let distance = editDistance(target, normalized(candidate))
            guard distance <= max(1, min(3, target.count / 3)) else { continue }
            if let current = best {
                if distance < current.distance {
                    best = (candidate, distance)
                    tie = false
                } else if distance == current.distance {
                    tie = true
                }
            } else {
                best = (candidate, distance)
            }
        }
        return tie ? nil : best?.name
    }

    private static func normalized(_ text: String) -> [Character] {
        Array(text.lowercased().filter { $0 != "_" && $0 != "-" })
    }

    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(0...b.count)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            beforePrevious = previous
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
