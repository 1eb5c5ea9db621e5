namespace Go.Sdk.Tasks.Testing.Writers;

/// <summary>What a JUnit file says about the machine it ran on; injected so output is deterministic.</summary>
public sealed class JUnitWriterOptions
{
    public string HostName { get; init; } = "localhost";
}
