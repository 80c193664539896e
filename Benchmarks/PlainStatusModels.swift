// swift-format-ignore-file: AlwaysUseLowerCamelCase
// (the baseline mirrors the wire names, as the plainest Codable structs do)

// Plain hand-written Codable structs for each provider's status answer, as an app would write them: the baseline
// the unified decoder is compared with. They only mirror the JSON; they do no unification.

struct PlainApixoStatus: Decodable {
    struct Payload: Decodable {
        var taskId: String
        var state: String
        var resultJson: String?
        var failCode: String?
        var failMsg: String?
        var createTime: Int?
        var completeTime: Int?
        var costTime: Int?
    }
    var code: Int
    var message: String
    var data: Payload?
}

struct PlainToapisStatus: Decodable {
    struct Item: Decodable {
        var url: String
        var format: String?
    }
    struct Result: Decodable {
        var type: String?
        var data: [Item]
    }
    struct Failure: Decodable {
        var code: String?
        var message: String
        enum CodingKeys: String, CodingKey { case code, message }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            message = try container.decode(String.self, forKey: .message)
            if let text = try? container.decode(String.self, forKey: .code) {
                code = text
            } else {
                code = try container.decodeIfPresent(Int.self, forKey: .code).map(String.init)
            }
        }
    }
    var id: String?
    var object: String?
    var model: String?
    var status: String?
    var progress: Int?
    var created_at: Int?
    var completed_at: Int?
    var expires_at: Int?
    var result: Result?
    var error: Failure?
}

struct PlainApimartStatus: Decodable {
    struct Video: Decodable {
        var url: [String]
        var expires_at: Int?
    }
    struct Result: Decodable {
        var videos: [Video]
    }
    struct Failure: Decodable {
        var code: Int?
        var message: String
        var type: String?
    }
    struct Payload: Decodable {
        var id: String
        var status: String
        var progress: Int?
        var created: Int?
        var completed: Int?
        var estimated_time: Int?
        var actual_time: Int?
        var result: Result?
        var error: Failure?
    }
    var code: Int
    var data: Payload?
    var error: Failure?
}

struct PlainApimodelsStatus: Decodable {
    struct Payload: Decodable {
        var taskId: String
        var state: String
        var resultUrls: [String]?
        var failMsg: String?
        var createTime: Int?
        var completeTime: Int?
    }
    var code: Int
    var msg: String
    var data: Payload
}

struct PlainApimodelsOlderStatus: Decodable {
    struct Payload: Decodable {
        var task_id: String
        var status: String
        var model: String?
        var videos: [String]?
        var error: String?
        var created_at: Int?
        var completed_at: Int?
    }
    var code: Int
    var msg: String
    var data: Payload
}
