// Standard streams that were closed when the process started: taken over before anything else can reuse their
// numbers, and reported as closed rather than written into whatever file would otherwise get them.

import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which of standard input, output and error were closed at start-up.
enum StandardStreams {
    /// The descriptors (0, 1, 2) that were closed when ``secure()`` ran.
    nonisolated(unsafe) private(set) static var closed: Set<Int32> = []

    /// Checks descriptors 0–2 and points each closed one at /dev/null, so that no file or socket opened later can
    /// take its number (a write meant for "standard output" would otherwise land in it). Call it first thing.
    static func secure() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            closed.insert(descriptor)
            let opened = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != descriptor {
                _ = dup2(opened, descriptor)
                close(opened)
            }
        }
    }

    /// Throws "Bad file descriptor" when `descriptor` was closed at start-up.
    static func checkOpen(_ descriptor: Int32) throws {
        if closed.contains(descriptor) { throw RawStream.Failure(description: String(cString: strerror(EBADF))) }
    }
}
