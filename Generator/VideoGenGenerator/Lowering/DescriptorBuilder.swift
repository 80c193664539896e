// Lower: a checked spec → the ProviderDescriptor that generated code will hold.

import VideoGenCore

/// Builds the ``ProviderDescriptor`` of a spec.
struct DescriptorBuilder {
    let spec: ProviderSpec
    let lowering: SchemaLowering

    func build() -> ProviderDescriptor {
        func endpoint(_ role: String) -> Endpoint? { spec.endpoints.first { $0.role == role }?.endpoint }
        let placeholder = Endpoint(
            method: .get, path: "/", query: [], body: .none, response: .status, timeoutSeconds: nil, multipart: nil,
            summary: "")
        let empty = ObjectSchema(fields: [], acceptsUnknownFields: true)
        return ProviderDescriptor(
            id: spec.id.value,
            displayName: spec.displayName,
            summary: spec.description,
            specFile: spec.source.displayName,
            notes: spec.notes,
            baseURL: spec.baseURL.value,
            auth: spec.auth,
            models: spec.models.map(\.value),
            defaultModel: spec.defaultModel.value,
            endpoints: Endpoints(
                create: endpoint("create") ?? placeholder, status: endpoint("status") ?? placeholder,
                sync: endpoint("sync"), upload: endpoint("upload")),
            request: lowering.requestSchema(),
            unified: UnifiedMapping(
                entries: spec.unified.entries.map(\.value),
                assignments: spec.unified.assignments.map(\.value),
                extrasRoot: spec.unified.extrasRoot.value),
            states: spec.states.map {
                StateMapping(providerState: $0.value, unified: $0.unified, summary: $0.description)
            },
            failCodes: spec.failCodes,
            responses: ResponseSchemas(
                create: lowering.responseSchema(.create) ?? empty,
                status: lowering.responseSchema(.status) ?? empty,
                callback: lowering.responseSchema(.callback),
                sync: lowering.responseSchema(.sync),
                upload: lowering.responseSchema(.upload),
                error: lowering.responseSchema(.error) ?? empty),
            errors: ErrorRules(
                detect: spec.errors.detect.map(\.value), http: spec.errors.http,
                retryableStatuses: spec.errors.retryable),
            limits: spec.limits,
            polling: spec.polling,
            urlLifetimeSeconds: spec.urlLifetimeSeconds,
            callbacks: spec.callbacks,
            sandbox: spec.sandbox,
            samples: spec.samples.map {
                Sample(
                    name: $0.name, kind: $0.kind, source: $0.source, json: $0.body.serialized(), violates: $0.violates,
                    isConstructed: $0.isConstructed)
            })
    }
}
