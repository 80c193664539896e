// Lower: a checked spec → the ProviderDescriptor that generated code will hold.

@_spi(Generated) import VideoGenCore

/// Builds the ``ProviderDescriptor`` of a spec.
struct DescriptorBuilder {
    let spec: ProviderSpec
    let lowering: SchemaLowering

    func build() -> ProviderDescriptor {
        ProviderDescriptor(
            id: spec.id.value,
            displayName: spec.displayName,
            summary: spec.description,
            specFile: spec.source.displayName,
            notes: spec.notes,
            baseURL: spec.baseURL.value,
            alternateBaseURLs: spec.alternateBaseURLs,
            auth: spec.auth,
            models: spec.models.map(\.value),
            modelCatalogIsOpen: spec.modelCatalogIsOpen,
            defaultModel: spec.defaultModel.value,
            requests: spec.requests.map(lowering.requestSchema),
            operations: spec.operations.map { entry in
                var operation = entry.operation
                operation.samples = entry.samples.map(Self.sample)
                return operation
            },
            unified: UnifiedMapping(
                entries: spec.unified.entries.map(\.value),
                assignments: spec.unified.assignments.map(\.value),
                extrasRoot: spec.unified.extrasRoot.value),
            states: spec.states.map {
                StateMapping(providerState: $0.value, unified: $0.unified, summary: $0.description)
            },
            failCodes: spec.failCodes,
            responses: spec.responses.map(lowering.responseSchema)
                + (spec.responses.contains { $0.name == spec.errors.response.value }
                    ? [] : lowering.responseSchema(named: spec.errors.response.value).map { [$0] } ?? []),
            envelope: spec.envelope.map {
                EnvelopeSchema(
                    fields: ObjectSchema(
                        fields: $0.fields.map { lowering.field($0, expanding: []) }, acceptsUnknownFields: true),
                    dataKey: $0.dataKey)
            },
            types: spec.types.map { type in
                var field = FieldSpec(name: "", path: type.path, side: .response, type: .named(type.name))
                field.path = type.path
                if case .object(let body) = lowering.value(field, expanding: []).type {
                    return NamedObjectSchema(name: type.name, body: body)
                }
                return NamedObjectSchema(name: type.name, body: ObjectSchema(fields: [], acceptsUnknownFields: true))
            },
            errors: ErrorRules(
                response: spec.errors.response.value, detect: spec.errors.detect.map(\.value), http: spec.errors.http,
                codes: spec.errors.codes, retryableStatuses: spec.errors.retryable),
            limits: spec.limits.value,
            polling: spec.polling,
            urlLifetimeSeconds: spec.urlLifetimeSeconds,
            callbacks: spec.callbacks.map { callbacks in
                CallbackInfo(
                    response: callbacks.response.value, signature: callbacks.signature,
                    answerWithinSeconds: callbacks.answerWithinSeconds, retries: callbacks.retries,
                    samples: callbacks.samples.map(Self.sample))
            },
            sandbox: spec.sandbox)
    }

    static func sample(_ sample: SampleSpec) -> Sample {
        Sample(
            name: sample.name, operation: sample.operation, part: sample.part, httpStatus: sample.httpStatus,
            source: sample.source, json: sample.body.serialized(), violates: sample.violates,
            isConstructed: sample.isConstructed, headers: sample.headers)
    }
}
