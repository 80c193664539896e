// Seconds as callers and servers give them, made safe: never negative, never NaN, never beyond what clocks,
// sleeps and integer conversions can hold.

@_spi(Generated) import VideoGenCore

/// The range every duration VideoGen works with is clamped to.
public enum TimeBounds {
    /// The longest duration VideoGen works with: 10⁹ s (about 31.7 years). Larger values — a timeout of `1e19`, a
    /// Retry-After of `1e300` — are clamped to it, so no conversion to an integer can trap.
    public static let maximumSeconds: Double = 1_000_000_000

    /// `seconds` within 0…``maximumSeconds`` (NaN counts as 0).
    public static func clamp(_ seconds: Double) -> Double {
        guard !seconds.isNaN else { return 0 }
        return min(max(0, seconds), maximumSeconds)
    }

    /// Seconds for people: `0.5 s`, `9.9 s`, `12 s`, `3600 s` (one decimal under 10 s).
    static func text(_ seconds: Double) -> String {
        let value = clamp(seconds)
        if value < 10 {
            let tenths = Int((value * 10).rounded())
            return tenths % 10 == 0 ? "\(tenths / 10) s" : "\(tenths / 10).\(tenths % 10) s"
        }
        return "\(Int(value.rounded())) s"
    }
}
