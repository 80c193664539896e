// The one protocol generated code conforms to; the runtime and the CLI reach providers only through it.

/// A provider's generated binding: its descriptor (everything the spec says) and its typed models.
///
/// Every spec file in `Spec/` becomes one conforming namespace (for example the one generated from
/// `Spec/acme.json`); ``ProviderCatalog`` lists them all. Nothing hand-written names a provider.
public protocol ProviderBinding: Sendable {
    /// The typed create-request body.
    associatedtype CreateRequest: ValidatableRequest

    /// Everything the spec says about the provider, checked and lowered.
    static var descriptor: ProviderDescriptor { get }

    /// The typed model that decodes a kind of documented payload, or `nil` when the spec does not document it.
    static func typedModel(for kind: SampleKind) -> (any JSONModel.Type)?
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
