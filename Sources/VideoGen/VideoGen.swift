// The VideoGen module: re-exports the core (JSON, schemas, validation) next to the runtime.

@_exported import VideoGenCore
