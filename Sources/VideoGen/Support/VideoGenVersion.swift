// The package's version: the one place it is written (the CLI's --version and the User-Agent read it).

@_spi(Generated) import VideoGenCore

/// The version of VideoGen.
public enum VideoGenVersion {
    /// The release this source is (`0.2.0`); `CHANGELOG.md` records what each release changed.
    public static let current = "0.2.0"

    /// The `User-Agent` VideoGen sends: `VideoGen/0.2.0`.
    public static var userAgent: String { "VideoGen/\(current)" }
}
