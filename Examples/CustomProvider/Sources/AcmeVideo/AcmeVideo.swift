// The app's own entry point to its provider: the plugin generated `Acme` (the binding, typed models and client) and
// `GeneratedProviders` from acme.json; registering them makes the provider known by id.

import VideoGen

/// Helpers of this module.
public enum AcmeVideo {
    /// Makes the providers generated from this module's specs known by id, for `VideoClient(provider:)`, handles and
    /// the `videogen` commands. Safe to call more than once.
    public static func register() throws(VideoGenError) {
        try ProviderCatalog.register(GeneratedProviders.bindings)
    }
}
