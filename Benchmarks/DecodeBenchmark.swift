// Decode speed: every documented status sample into the unified task, beside a plain Codable struct.

import Foundation
import VideoGen

/// Times decoding.
enum DecodeBenchmark {
    /// The plain decode of a sample, by provider and sample name (a closure decoding the bytes with JSONDecoder).
    static func plainDecoder(provider: String, sample: String) -> ((Data) -> Void)? {
        let decoder = JSONDecoder()
        func make<T: Decodable>(_ type: T.Type) -> (Data) -> Void {
            { data in Sink.shared.consume((try? decoder.decode(T.self, from: data)) != nil) }
        }
        switch provider {
        case "apixo": return make(PlainApixoStatus.self)
        case "toapis": return make(PlainToapisStatus.self)
        case "apimart": return make(PlainApimartStatus.self)
        case "apimodels":
            return sample.hasSuffix("older") ? make(PlainApimodelsOlderStatus.self) : make(PlainApimodelsStatus.self)
        default: return nil
        }
    }

    static func run(report: Report) -> [Double] {
        var rows: [[String]] = []
        var ratios: [Double] = []
        for binding in ProviderCatalog.bindings {
            let descriptor = binding.descriptor
            for sample in descriptor.samples(of: .status, .response) {
                let data = Data(sample.json.utf8)
                let bytes = Array(data)
                guard let plain = plainDecoder(provider: descriptor.id, sample: sample.name) else { continue }
                let unified = Stopwatch.nanosecondsPerCall {
                    Sink.shared.consume(
                        (try? PayloadDecoder.decode(bytes, kind: .status, descriptor: descriptor)) != nil)
                }
                let baseline = Stopwatch.nanosecondsPerCall { plain(data) }
                let ratio = unified / baseline
                ratios.append(ratio)
                rows.append([
                    descriptor.id, sample.name, "\(bytes.count) B", Figure.ns(unified), Figure.ns(baseline),
                    Figure.ratio(ratio),
                ])
            }
        }
        let worst = ratios.max() ?? 0
        report.add(
            "Decode: status samples → unified task",
            note:
                "VideoGen parses the bytes, detects errors, reads every role (aliases, JSON inside strings, units) and builds the "
                + "unified task; the plain struct only mirrors the JSON with `JSONDecoder`. Target ≤ 1.5×; worst ratio \(Figure.ratio(worst)), "
                + "median \(Figure.ratio(Stopwatch.median(ratios))) — \(worst <= 1.5 ? "met" : "missed").",
            header: ["provider", "sample", "size", "VideoGen", "plain Codable", "ratio"], rows: rows)
        return ratios
    }
}

/// Validation speed: `validate()` of every documented request.
enum ValidateBenchmark {
    /// The typed create request of each provider (the benchmarks may name providers).
    static func typedRequest(_ provider: String, _ body: JSONValue) -> (any ValidatableRequest)? {
        switch provider {
        case "apixo": return try? Apixo.CreateRequest(json: body)
        case "toapis": return try? Toapis.CreateRequest(json: body)
        case "apimart": return try? Apimart.CreateRequest(json: body)
        case "apimodels": return try? Apimodels.CreateRequest(json: body)
        default: return nil
        }
    }

    static func run(report: Report) {
        var rows: [[String]] = []
        for binding in ProviderCatalog.bindings {
            let descriptor = binding.descriptor
            for sample in descriptor.samples(of: .create, .request) {
                guard let body = try? JSONParser.parse(sample.json) else { continue }
                let raw = Stopwatch.nanosecondsPerCall {
                    Sink.shared.consume(RequestValidator.validate(body, against: descriptor.createRequest).count)
                }
                var typedFigure = "— (documented invalid body)"
                if let request = typedRequest(descriptor.id, body) {
                    typedFigure = Figure.ns(
                        Stopwatch.nanosecondsPerCall { Sink.shared.consume(request.validate().count) })
                }
                let count = RequestValidator.validate(body, against: descriptor.createRequest).count
                rows.append([
                    descriptor.id, sample.name, typedFigure, Figure.ns(raw),
                    count == 0 ? "valid" : "\(count) violation\(count == 1 ? "" : "s")",
                ])
            }
        }
        report.add(
            "Validate: documented requests",
            note:
                "`validate()` on the typed request (serialise + check every field and rule), and the same checks on a parsed raw body.",
            header: ["provider", "sample", "typed validate()", "raw body", "result"], rows: rows)
    }
}
