// The one protocol generated code conforms to; the runtime and the CLI reach providers only through it.

import Foundation
@_spi(Generated) import VideoGenCore
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

/// Every provider VideoGen knows: the package's own generated bindings, the bindings other modules register (their
/// own specs, built with the VideoGen plugin), and specs loaded while the program runs.
public enum ProviderCatalog {
    /// The bindings, the package's own first (in spec-file order), then the registered ones.
    public static var bindings: [any ProviderBinding.Type] { generatedBindings + Registry.shared.bindings }

    /// Every provider's descriptor: the bindings', then the specs loaded at run time.
    public static var descriptors: [ProviderDescriptor] {
        bindings.map { $0.descriptor } + Registry.shared.descriptors
    }

    /// The provider identifiers (as in `Spec/<id>.json`), in the order of ``descriptors``.
    public static var identifiers: [String] { descriptors.map(\.id) }

    /// The binding of the provider `id` (as users type it; case-insensitive), or `nil` (also for a spec loaded at
    /// run time, which has a descriptor but no generated types).
    public static func binding(for id: String) -> (any ProviderBinding.Type)? {
        let wanted = id.lowercased()
        return bindings.first { $0.descriptor.id == wanted }
    }

    /// The descriptor of the provider `id`, or `nil`.
    public static func descriptor(for id: String) -> ProviderDescriptor? {
        let wanted = id.lowercased()
        return descriptors.first { $0.id == wanted }
    }

    /// Makes other modules' providers known by id (for `VideoClient(provider:)`, handles and the `videogen`
    /// commands): pass the `GeneratedProviders.bindings` the plugin writes into your module. A provider whose id is
    /// already known is refused, never silently shadowed; registering the same binding twice is harmless.
    public static func register(_ bindings: [any ProviderBinding.Type]) throws(VideoGenError) {
        try Registry.shared.add(bindings: bindings, known: Self.descriptors)
    }

    /// Makes a provider known by id from its descriptor alone (a spec loaded at run time with
    /// ``ProviderDescriptor/load(contentsOf:)``); an id already known is refused (the same spec file registered again is
    /// harmless).
    public static func register(_ descriptor: ProviderDescriptor) throws(VideoGenError) {
        try Registry.shared.add(descriptor: descriptor, known: Self.descriptors)
    }
}

/// The providers registered while the program runs (thread-safe).
final class Registry: @unchecked Sendable {
    static let shared = Registry()
    private let lock = NSLock()
    private var registeredBindings: [any ProviderBinding.Type] = []
    private var registeredDescriptors: [ProviderDescriptor] = []

    var bindings: [any ProviderBinding.Type] { lock.withLock { registeredBindings } }
    var descriptors: [ProviderDescriptor] { lock.withLock { registeredDescriptors } }

    func add(bindings: [any ProviderBinding.Type], known: [ProviderDescriptor]) throws(VideoGenError) {
        let result: VideoGenError? = lock.withLock {
            var ids = Set(known.map(\.id))
            var added: [any ProviderBinding.Type] = []
            for binding in bindings {
                if registeredBindings.contains(where: { ObjectIdentifier($0) == ObjectIdentifier(binding) }) {
                    continue
                }
                let id = binding.descriptor.id
                guard ids.insert(id).inserted else {
                    return .configuration("a provider with the id \"\(id)\" is already known; give the spec another id")
                }
                added.append(binding)
            }
            registeredBindings += added
            return nil
        }
        if let result { throw result }
    }

    func add(descriptor: ProviderDescriptor, known: [ProviderDescriptor]) throws(VideoGenError) {
        let result: VideoGenError? = lock.withLock {
            // The same spec loaded again is already known; another with its id is refused.
            if registeredDescriptors.contains(where: { $0.id == descriptor.id && $0.specFile == descriptor.specFile }) {
                return nil
            }
            if known.contains(where: { $0.id == descriptor.id }) {
                return .configuration(
                    "a provider with the id \"\(descriptor.id)\" is already known; give the spec another id")
            }
            registeredDescriptors.append(descriptor)
            return nil
        }
        if let result { throw result }
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
