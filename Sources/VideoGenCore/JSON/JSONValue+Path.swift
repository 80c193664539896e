// Reading and writing values deep inside a JSON document by JSONPath.

extension JSONValue {
    /// The value at `path`, or `nil` when some step does not exist
    /// (missing key, index out of range, or a step into the wrong kind of value).
    public func value(at path: JSONPath) -> JSONValue? {
        var current = self
        for component in path.components {
            switch component {
            case .key(let key):
                guard let next = current[key] else { return nil }
                current = next
            case .index(let index):
                guard let next = current[index] else { return nil }
                current = next
            }
        }
        return current
    }

    /// Stores `newValue` at `path`, creating objects for missing keys along the way
    /// (a `null` on the way is replaced by an object as well).
    ///
    /// Returns `false`, leaving the value unchanged, when a step cannot be applied: an index
    /// that is out of range or applied to something other than an array, or a key applied to
    /// something other than an object or `null`.
    @discardableResult
    public mutating func setValue(_ newValue: JSONValue, at path: JSONPath) -> Bool {
        guard canSet(path.components[...]) else { return false }
        set(newValue, at: path.components[...])
        return true
    }

    /// Whether `set(_:at:)` will succeed, checked first so a failure changes nothing.
    private func canSet(_ components: ArraySlice<JSONPath.Component>) -> Bool {
        guard let component = components.first else { return true }
        let rest = components.dropFirst()
        switch (self, component) {
        case (.object(let object), .key(let key)):
            guard let member = object[key] else { return JSONValue.keysOnly(rest) }
            return member.canSet(rest)
        case (.null, .key):
            return JSONValue.keysOnly(rest)
        case (.array(let elements), .index(let index)):
            guard elements.indices.contains(index) else { return false }
            return elements[index].canSet(rest)
        default:
            return false
        }
    }

    /// Whether a path below a newly created object can be built: only keys can create values.
    private static func keysOnly(_ components: ArraySlice<JSONPath.Component>) -> Bool {
        components.allSatisfy { if case .key = $0 { return true } else { return false } }
    }

    /// Performs the store; `canSet` has already said it succeeds.
    private mutating func set(_ newValue: JSONValue, at components: ArraySlice<JSONPath.Component>) {
        guard let component = components.first else {
            self = newValue
            return
        }
        let rest = components.dropFirst()
        switch (self, component) {
        case (.object(var object), .key(let key)):
            self = .null  // drop the extra reference so the object is mutated in place
            var member = object[key] ?? .null
            object[key] = .null
            member.set(newValue, at: rest)
            object[key] = member
            self = .object(object)
        case (.null, .key(let key)):
            var member = JSONValue.null
            member.set(newValue, at: rest)
            self = .object(JSONObject(uniqueMembers: [.init(key: key, value: member)]))
        case (.array(var elements), .index(let index)):
            self = .null
            var element = elements[index]
            elements[index] = .null
            element.set(newValue, at: rest)
            elements[index] = element
            self = .array(elements)
        default:
            break  // unreachable after canSet
        }
    }
}
