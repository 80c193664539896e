// The one protocol generated code conforms to; the runtime and the CLI reach providers only through it.

import Foundation
import VideoGenGenerator

/// A provider's generated binding: its descriptor (everything its spec says), its typed models and typed client.
///
/// Every spec file becomes one conforming namespace (for example the one generated from `Spec/acme.json`);
/// ``ProviderCatalog`` lists the package's own. Nothing hand-written names a provider.
public protocol ProviderBinding: Sendable {
    /// Everything the spec says about the provider, checked and lowered.
    static var descriptor: ProviderDescriptor { get }

    /// The answer of one of the provider's operations, read through the operation's generated typed model and
    /// written back as JSON (documented names, JSON held in strings parsed); `nil` when it answers no JSON. It lets
    /// tools that call operations by name (`videogen call`) show what a typed call would return.
    static func typedJSON(of result: OperationResult) throws(VideoGenError) -> JSONValue?
}

/// Every provider with a spec, found through the generated bindings.
public enum ProviderCatalog {
    /// The bindings, in spec-file order.
    public static var bindings: [any ProviderBinding.Type] { generatedBindings }

    /// The provider identifiers (as in `Spec/<id>.json`), in spec-file order.
    public static var identifiers: [String] { bindings.map { $0.descriptor.id } }

    /// The binding of the provider `id` (as users type it; case-insensitive), or `nil`.
    public static func binding(for id: String) -> (any ProviderBinding.Type)? {
        let wanted = id.lowercased()
        return bindings.first { $0.descriptor.id == wanted }
    }

    /// The descriptor of the provider `id`, or `nil`.
    public static func descriptor(for id: String) -> ProviderDescriptor? {
        binding(for: id)?.descriptor
    }
}

extension ProviderDescriptor {
    /// The descriptor of a generated binding: its spec text (which the build checked) lowered when first used.
    ///
    /// Generated code calls this; it never traps. Should the text somehow not be a spec, the descriptor names the
    /// file and says so in its notes, and has no operations (every call then fails with a clear error).
    public static func compiled(from specText: String, file: String) -> ProviderDescriptor {
        if let descriptor = SpecCompiler.lowerChecked(specText, file: file) { return descriptor }
        let id = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return ProviderDescriptor(
            id: id, displayName: id, summary: "", specFile: file,
            notes: ["The generated binding's spec text could not be read; rebuild the package."],
            baseURL: "https://invalid.invalid", auth: AuthScheme(header: "Authorization", scheme: "Bearer"),
            models: [], defaultModel: "", requests: [], operations: [],
            unified: UnifiedMapping(entries: [], assignments: [], extrasRoot: .root), states: [], failCodes: [],
            responses: [], errors: ErrorRules(response: "error", detect: [], http: [], retryableStatuses: []),
            limits: RateLimits(requests: [], concurrentTasks: nil),
            polling: PollingHints(firstWaitSeconds: nil, intervalSeconds: nil, timeoutSeconds: nil),
            urlLifetimeSeconds: nil, callbacks: nil,
            sandbox: SandboxSettings(failureCode: nil, failureMessage: "", walk: []))
    }
}
