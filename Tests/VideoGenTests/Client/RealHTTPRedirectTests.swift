// Hardening, over real HTTP: a redirect never carries the API key to another host; a same-host redirect keeps it.

import Foundation
import Testing
import VideoGen
import VideoGenTestSupport

extension ClientTests {
    @Suite("Redirects over real HTTP", .timeLimit(.minutes(1)))
    struct RealHTTPRedirects {
        static let key = "sk-redirect-test-000111"

        static func request(_ server: LocalProviderServer, _ path: String) -> HTTPRequest {
            HTTPRequest(
                method: "GET", url: server.baseURL.appendingPathComponent(path),
                headers: [HTTPHeader("Authorization", "Bearer \(key)")], timeoutSeconds: 10)
        }

        /// 127.0.0.1 redirects to localhost: the same machine, but another host for HTTP. The transport refuses the
        /// redirect, and the server never sees a request for the target at all (so no key went there).
        @Test func aRedirectToAnotherHostIsRefused() async throws {
            let server = try await LocalProviderServer.start(provider: "apixo", key: Self.key)
            defer { server.stop() }
            do {
                _ = try await URLSessionTransport().send(Self.request(server, "__redirect-other-host"))
                Issue.record("the redirect to another host was followed")
            } catch let error as TransportError {
                #expect(error == .redirectRefused(to: "localhost"))
                #expect(!error.description.contains(Self.key))
            }
            let log = try await server.log()
            #expect(log.map(\.path) == ["/__redirect-other-host"])
            #expect(!log.contains { $0.path == "/__echo" })
        }

        /// A redirect within the same host is followed, and the request still carries its key there.
        @Test func aRedirectWithinTheSameHostKeepsTheKey() async throws {
            let server = try await LocalProviderServer.start(provider: "apixo", key: Self.key)
            defer { server.stop() }
            let response = try await URLSessionTransport().send(Self.request(server, "__redirect-same-host"))
            #expect(response.status == 200)
            let echo = try #require(try await server.log().first { $0.path == "/__echo" })
            #expect(echo.authOK)
            #expect(echo.host == "127.0.0.1:\(server.port)")
        }

        /// The client reports a refused redirect as a transport error naming the host, never the key.
        @Test func theClientReportsARefusedRedirect() async throws {
            let server = try await LocalProviderServer.start(provider: "apixo", key: Self.key)
            defer { server.stop() }
            let error = VideoGenError.transport(provider: "apixo", .redirectRefused(to: "localhost"))
            #expect(
                error.description
                    == "apixo: the server redirected to another host (localhost); VideoGen does not send the API key there"
            )
            #expect(try await server.log().isEmpty)
        }
    }
}

extension ClientTests {
    @Suite("Response cap over real HTTP", .timeLimit(.minutes(1)))
    struct RealHTTPResponseCap {
        /// A 2 MB answer through a transport capped at 64 KiB is cut off with a clear error, while it arrives.
        @Test func anAnswerOverTheCapIsRefused() async throws {
            let server = try await LocalProviderServer.start(provider: "apixo", key: "sk-cap-test-1234")
            defer { server.stop() }
            let transport = URLSessionTransport(maximumResponseBytes: 64 * 1024)
            let request = HTTPRequest(
                method: "GET", url: try #require(URL(string: "\(server.baseURL.absoluteString)/__big?bytes=2000000")),
                timeoutSeconds: 10)
            do {
                let response = try await transport.send(request)
                Issue.record("a \(response.body.count)-byte answer passed a 64 KiB cap")
            } catch let error as TransportError {
                #expect(error == .responseTooLarge(limit: 64 * 1024))
            }
            // Under the cap, the same endpoint answers normally.
            let small = HTTPRequest(
                method: "GET", url: try #require(URL(string: "\(server.baseURL.absoluteString)/__big?bytes=1000")),
                timeoutSeconds: 10)
            let response = try await transport.send(small)
            #expect(response.status == 200)
            #expect(response.body.count == 1003)
        }
    }
}
