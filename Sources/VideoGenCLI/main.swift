// The `videogen` command.

import Foundation

// Before anything can open a file: closed standard streams are taken over and remembered as closed.
StandardStreams.secure()
// A closed pipe must be an error the command reports (EPIPE), not a signal that kills it.
signal(SIGPIPE, SIG_IGN)
let status = await CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), console: .standard)
exit(status.rawValue)
