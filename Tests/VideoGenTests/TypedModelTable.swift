// The generated models of the four providers, by the kind of sample they read: written by hand from the specs (each
// operation names its request and its response), so the tests check the generator's naming too.

import VideoGen
import VideoGenTestSupport

/// The typed models the tests decode samples with.
enum TypedModelTable {
    /// The generated model that reads samples of `kind` of `provider`.
    static func model(_ provider: String, _ kind: SampleKind) -> (any JSONModel.Type)? {
        switch (provider, kind) {
        case ("apixo", .createRequest): return Apixo.CreateRequest.self
        case ("apixo", .createResponse): return Apixo.CreateResponse.self
        case ("apixo", .statusResponse): return Apixo.StatusResponse.self
        case ("apixo", .callback): return Apixo.CallbackResponse.self
        case ("toapis", .createRequest): return Toapis.CreateRequest.self
        case ("toapis", .createResponse): return Toapis.CreateResponse.self
        case ("toapis", .statusResponse): return Toapis.StatusResponse.self
        case ("toapis", .uploadResponse): return Toapis.UploadResponse.self
        case ("apimart", .createRequest): return Apimart.CreateRequest.self
        case ("apimart", .createResponse): return Apimart.CreateResponse.self
        case ("apimart", .statusResponse): return Apimart.StatusResponse.self
        case ("apimart", .uploadResponse): return Apimart.UploadResponse.self
        case ("apimodels", .createRequest): return Apimodels.CreateRequest.self
        case ("apimodels", .createResponse): return Apimodels.CreateResponse.self
        case ("apimodels", .statusResponse): return Apimodels.StatusResponse.self
        case ("apimodels", .callback): return Apimodels.CallbackResponse.self
        case ("apimodels", .syncResponse): return Apimodels.SyncResponse.self
        case ("apimodels", .uploadResponse): return Apimodels.UploadResponse.self
        default: return nil
        }
    }

    /// Every model of `provider` that reads a documented kind of sample.
    static func all(_ provider: String) -> [any JSONModel.Type] {
        SampleKind.allCases.compactMap { model(provider, $0) }
    }
}
