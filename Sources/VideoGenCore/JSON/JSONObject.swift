// An ordered JSON object: members stay in document (or insertion) order, keys are unique,
// and equality ignores order, as JSON objects are unordered.

/// A JSON object that keeps its members in document or insertion order.
///
/// Keys are unique. Lookup is a linear scan, which is the fastest choice for the small
/// objects found in API payloads and spec files. Two objects are equal when they hold the
/// same key/value pairs, whatever their order; hashing agrees with that.
public struct JSONObject: Sendable {
    /// One key/value pair of an object.
    public struct Member: Sendable, Hashable {
        /// The member's name.
        public var key: String
        /// The member's value.
        public var value: JSONValue

        /// Creates a member.
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in order. Keys are unique.
    public private(set) var members: [Member]

    /// Creates an empty object.
    public init() {
        members = []
    }

    /// Creates an object from members in order. A repeated key keeps the position of its
    /// first occurrence and the value of its last one.
    public init(_ members: [Member]) {
        self.members = JSONObject.removingDuplicateKeys(members)
    }

    /// Creates an object from members already known to have unique keys.
    init(uniqueMembers members: [Member]) {
        self.members = members
    }

    /// The keys in order.
    public var keys: [String] { members.map(\.key) }

    /// The number of members.
    public var count: Int { members.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    /// The position of the member named `key`, if any.
    public func index(forKey key: String) -> Int? {
        members.firstIndex { $0.key == key }
    }

    /// Whether a member named `key` exists.
    public func contains(key: String) -> Bool {
        index(forKey: key) != nil
    }

    /// The value of the member named `key`. Setting replaces the value in place when the key
    /// exists and appends a member otherwise; setting `nil` removes the member.
    public subscript(key: String) -> JSONValue? {
        get {
            guard let index = index(forKey: key) else { return nil }
            return members[index].value
        }
        set {
            let existing = index(forKey: key)
            switch (existing, newValue) {
            case (let index?, let value?): members[index].value = value
            case (nil, let value?): members.append(Member(key: key, value: value))
            case (let index?, nil): members.remove(at: index)
            case (nil, nil): break
            }
        }
    }

    /// Removes the member named `key` and returns its value, if it existed.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> JSONValue? {
        guard let index = index(forKey: key) else { return nil }
        return members.remove(at: index).value
    }

    /// Keeps the first position and last value of every repeated key, in linear time.
    private static func removingDuplicateKeys(_ members: [Member]) -> [Member] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(members.count)
        var result: [Member] = []
        result.reserveCapacity(members.count)
        for member in members {
            if let position = positions[member.key] {
                result[position].value = member.value
            } else {
                positions[member.key] = result.count
                result.append(member)
            }
        }
        return result
    }
}

extension JSONObject: RandomAccessCollection {
    /// The position of the first member (always 0).
    public var startIndex: Int { 0 }

    /// One past the position of the last member.
    public var endIndex: Int { members.count }

    /// The member at `position`, which must be in `0..<count`.
    public subscript(position: Int) -> Member { members[position] }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// Creates an object with the members in the written order. A repeated key keeps its
    /// first position and its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements.map { Member(key: $0.0, value: $0.1) })
    }
}

extension JSONObject: Hashable {
    /// Whether both objects hold the same key/value pairs, in any order.
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        let count = lhs.members.count
        guard count == rhs.members.count else { return false }
        // Common case: same order. Compare pairwise until the first difference.
        var start = 0
        while start < count, lhs.members[start] == rhs.members[start] { start += 1 }
        if start == count { return true }
        // Keys are unique on both sides and the counts match, so it is enough that every
        // remaining left member is found with an equal value on the right.
        if count - start <= 16 {
            for member in lhs.members[start...] {
                guard let other = rhs[member.key], other == member.value else { return false }
            }
            return true
        }
        var positions: [String: Int] = [:]
        positions.reserveCapacity(count - start)
        for index in start..<count { positions[rhs.members[index].key] = index }
        for member in lhs.members[start...] {
            guard let index = positions[member.key], rhs.members[index].value == member.value else {
                return false
            }
        }
        return true
    }

    /// Hashes the members independently of their order.
    public func hash(into hasher: inout Hasher) {
        var combined: UInt = 0
        for member in members {
            var memberHasher = Hasher()
            memberHasher.combine(member)
            combined &+= UInt(bitPattern: memberHasher.finalize())
        }
        hasher.combine(members.count)
        hasher.combine(combined)
    }
}
