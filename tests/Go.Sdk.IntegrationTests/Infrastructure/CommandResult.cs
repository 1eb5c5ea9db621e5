namespace Go.Sdk.IntegrationTests.Infrastructure;

/// <summary>What a command did: its exit code and everything it printed (stdout and stderr, in arrival order).</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Duration)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>Fails the test with the whole output attached, so a failure explains itself.</summary>
    public CommandResult ShouldSucceed()
    {
        if (!Succeeded)
        {
            throw new Xunit.Sdk.XunitException($"'{CommandLine}' exited with {ExitCode}:{Environment.NewLine}{Output}");
        }
        return this;
    }

    public CommandResult ShouldFail()
    {
        if (Succeeded)
        {
            throw new Xunit.Sdk.XunitException($"'{CommandLine}' succeeded but should have failed:{Environment.NewLine}{Output}");
        }
        return this;
    }

    public CommandResult ShouldContain(string text)
    {
        if (!Output.Contains(text, StringComparison.Ordinal))
        {
            throw new Xunit.Sdk.XunitException($"Output of '{CommandLine}' lacks '{text}':{Environment.NewLine}{Output}");
        }
        return this;
    }
}
