using System;

namespace Go.Sdk.Tasks.Testing.Parsing;

/// <summary>The <c>Action</c> of a test2json event.</summary>
internal enum TestAction
{
    Start,
    Run,
    Pause,
    Cont,
    Pass,
    Bench,
    Fail,
    Output,
    Skip,

    /// <summary>Go ≥ 1.24: a line of compiler output for the package named by <see cref="TestEvent.ImportPath"/>.</summary>
    BuildOutput,

    /// <summary>Go ≥ 1.24: the build of <see cref="TestEvent.ImportPath"/> failed.</summary>
    BuildFail,

    /// <summary>An action this version does not know (Go 1.25 adds <c>attr</c>): the builder ignores it.</summary>
    Other,
}

/// <summary>
/// One test2json event (<c>go doc test2json</c>). A single instance is refilled for every line, so the parser
/// allocates only the strings an event carries.
/// </summary>
internal sealed class TestEvent
{
    public TestAction Action { get; set; }

    public DateTimeOffset? Time { get; set; }

    public string? Package { get; set; }

    public string? Test { get; set; }

    /// <summary>Seconds, on pass/fail/skip/bench of a test or package.</summary>
    public double? Elapsed { get; set; }

    public string? Output { get; set; }

    /// <summary>On a package's fail: the <see cref="ImportPath"/> whose build failed (Go ≥ 1.24).</summary>
    public string? FailedBuild { get; set; }

    /// <summary>On build-output / build-fail: <c>pkg [pkg.test]</c> (Go ≥ 1.24).</summary>
    public string? ImportPath { get; set; }

    public void Clear()
    {
        Time = null;
        Package = null;
        Test = null;
        Elapsed = null;
        Output = null;
        FailedBuild = null;
        ImportPath = null;
    }
}
