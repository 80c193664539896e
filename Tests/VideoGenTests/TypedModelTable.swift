// The generated models of the six providers, by the operation (and part) a documented sample belongs to: written by
// hand from the specs (each operation names its request and its response), so the tests check the generator's naming
// too.

import VideoGen
import VideoGenTestSupport

/// The typed models the tests decode samples with.
enum TypedModelTable {
    /// The generated model that reads the samples of `operation`'s `part` (or the callbacks, for `nil`).
    static func model(_ provider: String, operation: String?, part: SamplePart) -> (any JSONModel.Type)? {
        switch (provider, operation ?? "callbacks", part) {
        case ("apixo", "create", .request): return Apixo.CreateRequest.self
        case ("apixo", "create", .response): return Apixo.CreateResponse.self
        case ("apixo", "status", .response): return Apixo.StatusResponse.self
        case ("apixo", "callbacks", .callback): return Apixo.CallbackResponse.self
        case ("toapis", "create", .request): return Toapis.CreateRequest.self
        case ("toapis", "create", .response): return Toapis.CreateResponse.self
        case ("toapis", "status", .response): return Toapis.StatusResponse.self
        case ("toapis", "upload", .response): return Toapis.UploadResponse.self
        case ("toapis", "remix", .request): return Toapis.RemixRequest.self
        case ("toapis", "remix", .response): return Toapis.CreateResponse.self
        case ("apimart", "create", .request): return Apimart.CreateRequest.self
        case ("apimart", "create", .response): return Apimart.CreateResponse.self
        case ("apimart", "status", .response): return Apimart.StatusResponse.self
        case ("apimart", "upload", .response): return Apimart.UploadResponse.self
        case ("apimodels", "create", .request): return Apimodels.CreateRequest.self
        case ("apimodels", "create", .response): return Apimodels.CreateResponse.self
        case ("apimodels", "status", .response): return Apimodels.StatusResponse.self
        case ("apimodels", "sync", .response): return Apimodels.SyncResponse.self
        case ("apimodels", "upload", .response): return Apimodels.UploadResponse.self
        case ("apimodels", "callbacks", .callback): return Apimodels.CallbackResponse.self
        case ("apimodels", "createAsset", .request): return Apimodels.AssetRequest.self
        case ("apimodels", "createAsset", .response): return Apimodels.AssetResponse.self
        case ("apimodels", "getRecord", .response): return Apimodels.RecordResponse.self
        case ("apimodels", "createAssetGroup", .request), ("apimodels", "createImage", .request),
            ("apimodels", "createImageSync", .request), ("apimodels", "createAudio", .request),
            ("apimodels", "streamSpeech", .request):
            return Apimodels.OpenRequest.self
        case ("apimodels", "createAssetGroup", .response), ("apimodels", "createImage", .response),
            ("apimodels", "createImageSync", .response), ("apimodels", "createAudio", .response),
            ("apimodels", "listModels", .response):
            return Apimodels.UndocumentedResponse.self
        case ("replicate", "createModelPrediction", .request): return Replicate.CreateRequest.self
        case ("replicate", "createModelPrediction", .response): return Replicate.PredictionResponse.self
        case ("replicate", "createPrediction", .request): return Replicate.VersionPredictionRequest.self
        case ("replicate", "getPrediction", .response): return Replicate.PredictionResponse.self
        case ("replicate", "listPredictions", .response): return Replicate.PredictionListResponse.self
        case ("replicate", "getWebhookSecret", .response): return Replicate.WebhookSecretResponse.self
        case ("replicate", "createFile", .response): return Replicate.FileResponse.self
        case ("replicate", "callbacks", .callback): return Replicate.PredictionResponse.self
        case ("fal", "submit", .request): return Fal.CreateRequest.self
        case ("fal", "submit", .response): return Fal.QueueStatusResponse.self
        case ("fal", "status", .response), ("fal", "statusStream", .response): return Fal.QueueStatusResponse.self
        case ("fal", "result", .response), ("fal", "run", .response): return Fal.ResultResponse.self
        case ("fal", "cancel", .response): return Fal.CancelResponse.self
        case ("fal", "callbacks", .callback): return Fal.WebhookResponse.self
        default: return nil
        }
    }

    /// Every model of `provider` that reads a documented kind of sample (each once).
    static func all(_ provider: String) -> [any JSONModel.Type] {
        guard let descriptor = ProviderCatalog.descriptor(for: provider) else { return [] }
        var found: [any JSONModel.Type] = []
        let places =
            descriptor.operations.flatMap { [($0.name as String?, SamplePart.request), ($0.name, .response)] }
            + [(nil, SamplePart.callback)]
        for (operation, part) in places {
            guard let model = model(provider, operation: operation, part: part) else { continue }
            if !found.contains(where: { ObjectIdentifier($0) == ObjectIdentifier(model) }) { found.append(model) }
        }
        return found
    }

    /// The typed create request of `provider`.
    static func createRequest(_ provider: String) -> (any JSONModel.Type)? {
        guard let create = ProviderCatalog.descriptor(for: provider)?.operation(role: .create) else { return nil }
        return model(provider, operation: create.name, part: .request)
    }
}
