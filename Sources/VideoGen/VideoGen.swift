// The VideoGen module: re-exports the core's public types (JSON, the provider descriptor, validation results) next
// to the runtime. What generated code needs but users never call is the core's `Generated` SPI.

@_exported import VideoGenCore
