namespace Go.Sdk.Tasks.Modules;

/// <summary>
/// One module that <c>go mod download</c> could not provide. <see cref="Module"/> is <c>path@version</c> when Go
/// named it; <see cref="Detail"/> is Go's own explanation. For a checksum mismatch, <see cref="Recorded"/> is the
/// hash in go.sum and <see cref="Downloaded"/> the hash of what the proxy served.
/// </summary>
public sealed record ModuleProblem(
    ModuleProblemKind Kind,
    string? Module,
    string Detail,
    string? Recorded = null,
    string? Downloaded = null);
