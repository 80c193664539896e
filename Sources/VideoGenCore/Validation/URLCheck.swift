// The URL rule: absolute, with an allowed scheme and a host; never data: or bare base64.

import Foundation

/// Checks strings that must be URLs.
enum URLCheck {
    /// Why `text` is not an acceptable URL (phrased to follow "got"), or `nil` when it is fine.
    static func problem(with text: String, schemes: [String]) -> String? {
        let brief = JSONValue.string(text).briefDescription
        let lowered = text.lowercased()
        if lowered.hasPrefix("data:") {
            return "a data: URI (inline images are not accepted; upload the image and pass its URL)"
        }
        guard let colon = text.firstIndex(of: ":") else {
            return text.count > 200 ? "\(brief), which looks like inline data, not a URL" : brief
        }
        let scheme = text[..<colon].lowercased()
        guard schemes.contains(scheme) else { return brief }
        guard let components = URLComponents(string: text), let host = components.host, !host.isEmpty,
              !text.contains(where: { $0 == " " || $0 == "\n" || $0 == "\t" })
        else { return brief }
        return nil
    }
}
