// The `videogen` command.

import Foundation

let status = await CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), console: .standard)
exit(status.rawValue)
