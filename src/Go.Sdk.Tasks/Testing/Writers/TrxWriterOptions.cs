namespace Go.Sdk.Tasks.Testing.Writers;

/// <summary>What a TRX file says about where and by whom it was produced; injected so output is deterministic.</summary>
public sealed class TrxWriterOptions
{
    public string UserName { get; init; } = "unknown";

    public string MachineName { get; init; } = "unknown";

    /// <summary>
    /// The TRX <c>storage</c> and <c>codeBase</c> of every test: VSTest puts the test assembly there; for Go the
    /// project file (e.g. <c>/src/app/app.goproj</c>) fits best.
    /// </summary>
    public string Storage { get; init; } = "go test";
}
