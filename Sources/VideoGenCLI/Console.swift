// Where the command reads and writes: the real streams (with errors reported, never trapped), or buffers in tests.

import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The command's standard input, output and error, and its environment.
///
/// Everything written through ``out(_:)`` and ``err(_:)`` has its control characters made visible (line feeds
/// and tabs kept), so provider text can never drive the terminal; only ``errControl(_:)`` writes VideoGen's own
/// cursor sequences. A write that fails (a full disk, a closed pipe or stream) is recorded, not trapped.
struct Console: Sendable {
    /// Writes bytes to standard output; throws when the stream cannot take them.
    var writeOut: @Sendable (Data) throws -> Void
    /// Writes bytes to standard error; throws when the stream cannot take them.
    var writeErr: @Sendable (Data) throws -> Void
    /// Reads standard input, up to `limit` bytes (returns `limit + 1` bytes when there is more); throws a
    /// message when the stream cannot be read.
    var readInput: @Sendable (_ limit: Int) throws -> Data
    /// Environment variables.
    var environment: [String: String]
    /// Whether standard error is a terminal (live progress lines).
    var errIsTerminal: Bool
    /// Whether progress may redraw one live line: standard error is a terminal and `TERM` is not `dumb` (a dumb
    /// terminal, like a log file, gets a plain line per change).
    var redrawsProgress: Bool { errIsTerminal && environment["TERM"] != "dumb" }
    /// The first failed write of each stream.
    let health = OutputHealth()

    /// A console from text writers (tests).
    init(
        out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void,
        readInput: @escaping @Sendable (_ limit: Int) throws -> Data, environment: [String: String],
        errIsTerminal: Bool
    ) {
        writeOut = { out(String(decoding: $0, as: UTF8.self)) }
        writeErr = { err(String(decoding: $0, as: UTF8.self)) }
        self.readInput = readInput
        self.environment = environment
        self.errIsTerminal = errIsTerminal
    }

    /// A console from byte writers.
    init(
        writeOut: @escaping @Sendable (Data) throws -> Void, writeErr: @escaping @Sendable (Data) throws -> Void,
        readInput: @escaping @Sendable (_ limit: Int) throws -> Data, environment: [String: String],
        errIsTerminal: Bool
    ) {
        self.writeOut = writeOut
        self.writeErr = writeErr
        self.readInput = readInput
        self.environment = environment
        self.errIsTerminal = errIsTerminal
    }

    /// Writes `text` to standard output, control characters made visible.
    func out(_ text: String) {
        do {
            try writeOut(Data(text.escapingControlCharactersExceptLayout.utf8))
        } catch {
            health.outputFailed(String(describing: error))
        }
    }

    /// Writes `text` to standard error, control characters made visible. A failure is ignored (there is nowhere
    /// left to report it), but remembered.
    func err(_ text: String) {
        errControl(text.escapingControlCharactersExceptLayout)
    }

    /// Writes VideoGen's own terminal sequences (the live progress line) to standard error, as they are.
    func errControl(_ text: String) {
        do {
            try writeErr(Data(text.utf8))
        } catch {
            health.errorStreamFailed()
        }
    }

    /// The process's own streams and environment.
    static var standard: Console {
        Console(
            writeOut: {
                try StandardStreams.checkOpen(1)
                try RawStream.write($0, to: 1)
            },
            writeErr: {
                try StandardStreams.checkOpen(2)
                try RawStream.write($0, to: 2)
            },
            readInput: { limit in
                do {
                    try StandardStreams.checkOpen(0)
                } catch {
                    throw RawStream.Failure(description: "cannot read standard input: \(error)")
                }
                return try RawStream.read(from: 0, limit: limit, name: "standard input")
            },
            environment: ProcessInfo.processInfo.environment,
            errIsTerminal: isatty(2) == 1)
    }
}

/// What went wrong with the output streams during a run.
final class OutputHealth: @unchecked Sendable {
    private let lock = NSLock()
    private var outputProblem: String?
    private var errorStreamBroken = false

    /// Records a failed write to standard output (the first reason is kept).
    func outputFailed(_ reason: String) {
        lock.withLock { if outputProblem == nil { outputProblem = reason } }
    }

    /// Records a failed write to standard error.
    func errorStreamFailed() {
        lock.withLock { errorStreamBroken = true }
    }

    /// Why standard output could not be written, if it could not.
    var outputFailure: String? { lock.withLock { outputProblem } }
}

/// Reads and writes file descriptors with the system calls, turning every error into a thrown message
/// (`FileHandle.availableData` and `FileHandle.write(_:)` trap on errors).
enum RawStream {
    /// A stream error, in words: `cannot read standard input: Bad file descriptor`.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        /// Whether the file could not be opened at all (missing, a folder, no permission), as opposed to a read
        /// that failed on the way.
        var couldNotOpen = false
    }

    /// Writes all of `data` to `descriptor`.
    static func write(_ data: Data, to descriptor: Int32) throws {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = systemWrite(descriptor, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(description: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }

    /// Reads `descriptor` until end of file or until more than `limit` bytes were read.
    static func read(from descriptor: Int32, limit: Int, name: String) throws -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while data.count <= limit {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot read \(name): \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }

    /// Opens `path` for reading and reads it like ``read(from:limit:name:)``; a folder or an unreadable file is an
    /// error naming it.
    static func read(path: String, limit: Int) throws -> Data {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let reason = errno == ENOENT ? "no such file" : String(cString: strerror(errno))
            throw Failure(description: "cannot read \(path): \(reason)", couldNotOpen: true)
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw Failure(description: "cannot read \(path): it is a folder", couldNotOpen: true)
        }
        return try read(from: descriptor, limit: limit, name: path)
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Darwin)
            return Darwin.write(descriptor, bytes, count)
        #elseif canImport(Musl)
            return Musl.write(descriptor, bytes, count)
        #else
            return Glibc.write(descriptor, bytes, count)
        #endif
    }

    private static func systemRead(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Darwin)
            return Darwin.read(descriptor, bytes, count)
        #elseif canImport(Musl)
            return Musl.read(descriptor, bytes, count)
        #else
            return Glibc.read(descriptor, bytes, count)
        #endif
    }
}
