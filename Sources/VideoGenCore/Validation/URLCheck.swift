// The URL rule: absolute, with an allowed scheme and a well-formed host; never data: or bare base64.

import Foundation

/// Checks strings that must be URLs.
enum URLCheck {
    /// Why `text` is not an acceptable URL (phrased to follow "got"), or `nil` when it is fine.
    static func problem(with text: String, schemes: [String]) -> String? {
        let brief = JSONValue.string(text).briefDescription
        if text.lowercased().hasPrefix("data:") {
            return "a data: URI (inline images are not accepted; upload the image and pass its URL)"
        }
        let hasScheme = text.prefix(12).contains(":")
        if !hasScheme, text.count > 200 {
            return "\(brief), which looks like inline data (base64?), not a URL; upload the image and pass its URL"
        }
        if text.unicodeScalars.contains(where: {
            $0.properties.isWhitespace || $0.properties.generalCategory == .control
                || $0.properties.generalCategory == .format
        }) {
            return "\(brief), which contains spaces or control characters"
        }
        guard let colon = text.firstIndex(of: ":") else { return brief }
        guard schemes.contains(text[..<colon].lowercased()) else { return brief }
        return hasValidAuthority(text[text.index(after: colon)...]) ? nil : brief
    }

    /// Why `text` is not a usable URL in a provider's answer, or `nil` when it is: an `http` or `https` URL with
    /// a host, and no spaces or control characters. (Lighter than the request rule: documented answers carry
    /// placeholder hosts such as `https://...video.mp4`, but never an empty or scheme-only URL.)
    static func responseProblem(with text: String) -> String? {
        let brief = JSONValue.string(text).briefDescription
        if text.unicodeScalars.contains(where: {
            $0.properties.isWhitespace || $0.properties.generalCategory == .control
                || $0.properties.generalCategory == .format
        }) {
            return "\(brief), which contains spaces or control characters"
        }
        guard let colon = text.firstIndex(of: ":"), ["http", "https"].contains(text[..<colon].lowercased()) else {
            return brief
        }
        let rest = text[text.index(after: colon)...]
        guard rest.hasPrefix("//") else { return "\(brief), which has no host" }
        let afterSlashes = rest.dropFirst(2)
        let end = afterSlashes.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterSlashes.endIndex
        var authority = afterSlashes[..<end]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        let host = authority.hasPrefix("[") ? authority : authority.split(separator: ":").first ?? ""
        return host.isEmpty ? "\(brief), which has no host" : nil
    }

    /// Whether `rest` (what follows `scheme:`) starts with `//` and an authority whose host is well formed and whose
    /// port, if any, is 1–65535. (Parsed by hand: this runs for every URL of every request.)
    static func hasValidAuthority(_ rest: Substring) -> Bool {
        guard rest.hasPrefix("//") else { return false }
        let afterSlashes = rest.dropFirst(2)
        let end = afterSlashes.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterSlashes.endIndex
        var authority = afterSlashes[..<end]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var host = authority
        var port: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return false }
            host = authority[...close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { return false }
                port = after.dropFirst()
            }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            port = authority[authority.index(after: colon)...]
        }
        guard isHost(String(host)) else { return false }
        if let port, !port.isEmpty {
            guard port.count <= 5, port.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(port),
                (1...65535).contains(number)
            else {
                return false
            }
        }
        return true
    }

    /// Whether `host` is a DNS name (letters, digits, hyphens and — as DNS allows, though hostnames should not —
    /// underscores; no empty label; no label starting or ending with a hyphen), an IPv4 address, or an IPv6 literal.
    static func isHost(_ host: String) -> Bool {
        if host.hasPrefix("[") || host.contains(":") {
            let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            return !bare.isEmpty && bare.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." }
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard !host.isEmpty, host.count <= 253, labels.count >= 1 else { return false }
        for (index, label) in labels.enumerated() {
            // A trailing dot (an absolute name) leaves one empty last label.
            if label.isEmpty { return index == labels.count - 1 && labels.count > 1 }
            guard label.count <= 63, label.first != "-", label.last != "-",
                label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            else { return false }
        }
        return true
    }
}
