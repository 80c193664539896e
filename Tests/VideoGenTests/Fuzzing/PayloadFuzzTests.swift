// Fuzzing the decoders: every documented sample, mutated, through every decoder — a value or a typed error,
// never a crash or a hang.

import Foundation
import Testing
import VideoGen
import VideoGenTestSupport

@Suite("Payload fuzzing")
struct PayloadFuzzTests {
    /// Every decoder a payload of any kind can meet, for one provider.
    static func decodeEverywhere(_ bytes: [UInt8], _ binding: any ProviderBinding.Type) -> Int {
        let descriptor = binding.descriptor
        var outcomes = 0
        for kind in ResponseKind.allCases where kind != .error {
            guard descriptor.response(for: kind) != nil else { continue }
            for status in [200, 500] {
                switch Result(catching: {
                    try PayloadDecoder.decode(bytes, kind: kind, descriptor: descriptor, httpStatus: status)
                }) {
                case .success, .failure: outcomes += 1
                }
            }
        }
        _ = try? PayloadDecoder.decodeUpload(bytes, descriptor: descriptor, httpStatus: 200)
        if let value = try? JSONParser.parse(bytes, options: .init(maximumDepth: PayloadDecoder.maximumDepth)) {
            for model in TypedModelTable.all(descriptor.id) {
                if let decoded = try? model.init(json: value) {
                    // A value that decodes must encode and decode again.
                    _ = try? model.init(json: decoded.jsonValue)
                    outcomes += 1
                }
            }
            _ = RequestValidator.validate(value, against: descriptor.createRequest)
        }
        return outcomes
    }

    @Test("structural mutations of every documented sample decode to a value or a typed error")
    func structuralMutations() throws {
        var random = FuzzRandom(seed: 0xF00D)
        var runs = 0
        for binding in ProviderCatalog.bindings {
            for sample in binding.descriptor.samples {
                let original = try JSONParser.parse(sample.json)
                for _ in 0..<FuzzBudget.iterations(40) {
                    var mutated = original
                    for _ in 0..<(1 + random.below(3)) { mutated = JSONMutator.mutate(mutated, &random) }
                    _ = Self.decodeEverywhere(Array(mutated.serialized().utf8), binding)
                    runs += 1
                }
            }
        }
        #expect(runs == 94 * FuzzBudget.iterations(40))
        print("payload fuzzing (structural): \(runs) mutated payloads through every decoder of their provider")
    }

    @Test("damaged bytes (truncated, random, wrong encodings, deep nesting) decode to a value or a typed error")
    func byteDamage() {
        var random = FuzzRandom(seed: 0xBADB17E5)
        var runs = 0
        for binding in ProviderCatalog.bindings {
            for sample in binding.descriptor.samples {
                for _ in 0..<FuzzBudget.iterations(25) {
                    _ = Self.decodeEverywhere(JSONMutator.damage(sample.json, &random), binding)
                    runs += 1
                }
            }
        }
        #expect(runs == 94 * FuzzBudget.iterations(25))
        print("payload fuzzing (bytes): \(runs) damaged payloads through every decoder of their provider")
    }

    @Test("a state or task id of the wrong shape is a PayloadError naming the field, never a crash")
    func wrongShapesAreNamed() throws {
        let descriptor = try #require(ProviderCatalog.descriptor(for: "apixo"))
        let cases: [(String, String)] = [
            (#"{"code":200,"message":"success","data":{"taskId":"t","state":["success"]}}"#, "data.state"),
            (#"{"code":200,"message":"success","data":{"taskId":{"id":1},"state":"success"}}"#, "data.taskId"),
            (
                #"{"code":200,"message":"success","data":{"taskId":"t","state":"success","resultJson":"{\"resultUrls\":[1]}"}}"#,
                "data.resultJson.resultUrls[0]"
            ),
            (
                #"{"code":200,"message":"success","data":{"taskId":"t","state":"success","createTime":1e300}}"#,
                "data.createTime"
            ),
            (#"{"code":200,"message":"success","data":"not an object"}"#, "data"),
        ]
        for (payload, field) in cases {
            do {
                _ = try PayloadDecoder.decode(Array(payload.utf8), kind: .status, descriptor: descriptor)
                Issue.record("\(payload) decoded")
            } catch {
                #expect(error.path.fieldPath == field, "\(payload): \(error)")
            }
        }
    }
}
