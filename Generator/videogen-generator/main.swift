// The generator executable the build plugin runs; also usable by hand with the same arguments.

import Foundation
import VideoGenGenerator

let status = GeneratorCommand.run(Array(CommandLine.arguments.dropFirst())) { message in
    FileHandle.standardError.write(Data(message.utf8))
}
exit(status)
