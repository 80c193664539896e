// Hand-run timing check: JSONParser versus Foundation on a typical ~300-byte API response.
// Not part of the package (no target); build it together with the JSON sources, optimised:
//
//   swiftc -O -wmo Sources/VideoGenCore/JSON/*.swift Benchmarks/JSONParseSpeed/main.swift -o /tmp/json-parse-speed
//   /tmp/json-parse-speed [iterations]
//
// Prints nanoseconds per parse for each contender; nothing is asserted.

import Foundation

let response = """
{"id":"gen_01HZX3K9Q2","status":"succeeded","model":"video-gen-2","created_at":1717171717,\
"progress":1.0,"input":{"prompt":"A red fox running through fresh snow at dawn","duration":6,\
"aspect_ratio":"16:9","seed":42},"output":{"video_url":"https://cdn.example.com/v/01HZX3K9Q2.mp4",\
"width":1280,"height":720,"fps":24},"error":null}
"""
let data = Data(response.utf8)

struct Generation: Decodable {
    struct Input: Decodable {
        var prompt: String
        var duration: Int
        var aspect_ratio: String
        var seed: Int
    }
    struct Output: Decodable {
        var video_url: String
        var width: Int
        var height: Int
        var fps: Int
    }
    var id: String
    var status: String
    var model: String
    var created_at: Int
    var progress: Double
    var input: Input
    var output: Output
    var error: String?
}

let iterations = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 200_000
var sink = 0

func measure(_ name: String, _ body: () throws -> Int) rethrows {
    for _ in 0..<1_000 { sink &+= try body() }  // warm up
    var best = Double.infinity
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { sink &+= try body() }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start)
        best = min(best, elapsed / Double(iterations))
    }
    print(name.padding(toLength: 36, withPad: " ", startingAt: 0), String(format: "%8.0f ns/parse", best))
}

print("input: \(data.count) bytes, \(iterations) iterations, best of 5 runs")
try measure("JSONParser.parse(Data)") {
    try JSONParser.parse(data).objectValue?.count ?? 0
}
try measure("JSONParser.parse(String)") {
    try JSONParser.parse(response).objectValue?.count ?? 0
}
try measure("JSONSerialization.jsonObject") {
    (try JSONSerialization.jsonObject(with: data) as? [String: Any])?.count ?? 0
}
let decoder = JSONDecoder()
try measure("JSONDecoder → struct") {
    try decoder.decode(Generation.self, from: data).input.duration
}
try measure("JSONDecoder → JSONValue") {
    try decoder.decode(JSONValue.self, from: data).objectValue?.count ?? 0
}

// A larger payload: a list of 50 such generations (about 17 KB).
let list = Data(("{\"data\":[" + Array(repeating: response, count: 50).joined(separator: ",") + "]}").utf8)
struct GenerationList: Decodable { var data: [Generation] }
let listIterations = max(1, iterations / 50)
print("\ninput: \(list.count) bytes, \(listIterations) iterations, best of 5 runs")
func measureList(_ name: String, _ body: () throws -> Int) rethrows {
    var best = Double.infinity
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<listIterations { sink &+= try body() }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / Double(listIterations))
    }
    print(name.padding(toLength: 36, withPad: " ", startingAt: 0), String(format: "%8.0f ns/parse", best))
}
try measureList("JSONParser.parse(Data)") { try JSONParser.parse(list).objectValue?.count ?? 0 }
try measureList("JSONSerialization.jsonObject") { (try JSONSerialization.jsonObject(with: list) as? [String: Any])?.count ?? 0 }
try measureList("JSONDecoder → struct") { try decoder.decode(GenerationList.self, from: list).data.count }
print("(checksum \(sink))")
