// Object members for JSONScanner: reading keys, finding duplicates cheaply, applying the
// duplicate-key policy.

/// Where a key's bytes sit in the input, for keys written as plain ASCII without escapes.
/// Two such keys are equal exactly when their bytes are, which is much cheaper to check than
/// `String` equality; other keys are compared as `String`s.
struct KeySpan {
    var start: Int
    var count: Int

    /// Marks a key that must be compared as a `String`.
    static let none = KeySpan(start: -1, count: 0)
}

/// A member of an object that is still being read.
struct PendingMember {
    var key: String
    var value: JSONValue
    var keySpan: KeySpan
}

extension JSONScanner {
    /// Reads `"key":` for the innermost object and notes whether the key is a duplicate.
    mutating func readKey() throws(JSONScanError) {
        skipWhitespace()
        guard position < count else {
            throw JSONScanError(reason: .unexpectedEnd, offset: position)
        }
        guard bytes[position] == UInt8(ascii: "\"") else {
            throw unexpectedCharacter(at: position)
        }
        let keyOffset = position
        let key = try parseString()
        let keySpan = lastKeySpan
        skipWhitespace()
        guard position < count else {
            throw JSONScanError(reason: .unexpectedEnd, offset: position)
        }
        guard bytes[position] == UInt8(ascii: ":") else {
            throw unexpectedCharacter(at: position)
        }
        position += 1

        let top = stack.count - 1
        let duplicateOf: Int?
        if let positions = stack[top].positions {
            duplicateOf = positions[key]
        } else {
            duplicateOf = findKey(key, keySpan, from: stack[top].start)
        }
        stack[top].key = key
        stack[top].keySpan = keySpan
        stack[top].duplicateOf = duplicateOf
        stack[top].recordedBefore = recorded.count
        if duplicateOf != nil {
            if duplicateKeys == .reject {
                insideValue = true  // report the path of the repeated member
                throw JSONScanError(reason: .duplicateKey(key), offset: keyOffset)
            }
            sawDuplicateKey = true
            if recordLocations {
                let wasInsideValue = insideValue
                insideValue = true
                duplicateRecords.append((currentPath(), keyOffset))
                insideValue = wasInsideValue
            }
        }
    }

    /// The index (from `start`) of the member of the innermost object named `key`, if any.
    private func findKey(_ key: String, _ span: KeySpan, from start: Int) -> Int? {
        for index in start..<memberStack.count {
            let other = memberStack[index].keySpan
            if span.start >= 0 && other.start >= 0 {
                if span.count == other.count && bytesEqual(span.start, other.start, count: span.count) {
                    return index - start
                }
            } else if memberStack[index].key == key {
                return index - start
            }
        }
        return nil
    }

    private func bytesEqual(_ first: Int, _ second: Int, count: Int) -> Bool {
        var offset = 0
        while offset < count {
            if bytes[first + offset] != bytes[second + offset] { return false }
            offset += 1
        }
        return true
    }

    /// Adds the value just read to the innermost object, applying the duplicate-key policy.
    mutating func addMember(_ value: JSONValue) {
        let top = stack.count - 1
        let start = stack[top].start
        if let existing = stack[top].duplicateOf {
            if duplicateKeys == .keepLast {
                memberStack[start + existing].value = value
            } else if recordLocations {
                recorded.removeSubrange(stack[top].recordedBefore...)  // the ignored value has no locations
            }
            return
        }
        let key = stack[top].key
        let index = memberStack.count - start
        memberStack.append(PendingMember(key: key, value: value, keySpan: stack[top].keySpan))
        if stack[top].positions != nil {
            stack[top].positions?[key] = index
        } else if index + 1 >= 16 {
            var positions: [String: Int] = [:]
            positions.reserveCapacity(32)
            for (index, member) in memberStack[start...].enumerated() { positions[member.key] = index }
            stack[top].positions = positions
        }
    }

    /// Moves the members from `start` on into an object, without retaining and releasing
    /// every key and value, and removes them from the stack.
    mutating func popMembers(from start: Int) -> JSONObject {
        let count = memberStack.count - start
        let members = memberStack.withUnsafeMutableBufferPointer { stack in
            [JSONObject.Member](unsafeUninitializedCapacity: count) { buffer, initializedCount in
                guard let source = stack.baseAddress, let target = buffer.baseAddress else { return }
                for offset in 0..<count {
                    let pending = (source + start + offset).move()
                    (target + offset).initialize(to: JSONObject.Member(key: pending.key, value: pending.value))
                    (source + start + offset).initialize(to: PendingMember(key: "", value: .null, keySpan: .none))
                }
                initializedCount = count
            }
        }
        memberStack.removeLast(count)
        return JSONObject(uniqueMembers: members)
    }
}
