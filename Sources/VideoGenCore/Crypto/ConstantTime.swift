// Byte comparison whose time does not depend on where the bytes differ.

/// Comparisons that do not leak, through their timing, how much of a secret value an attacker got right.
package enum ConstantTime {
    /// Whether `left` and `right` hold the same bytes. Every byte is looked at whatever the earlier ones were;
    /// only a difference in length (which is not secret) returns early.
    package static func equal(_ left: some Collection<UInt8>, _ right: some Collection<UInt8>) -> Bool {
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for (leftByte, rightByte) in zip(left, right) {
            difference |= leftByte ^ rightByte
        }
        return difference == 0
    }
}
