using System.Collections.Generic;
using Go.Sdk.Tasks.Testing.Model;
using Go.Sdk.Tasks.Testing.Parsing;

namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// What <see cref="TestRunBuilder"/> tracks for one package until its test binary ends: the tests by name (the
/// latest run of each, for -count), output outside any test, a panic or timeout there, and build-failure marks.
/// </summary>
internal sealed class PackageState : LineSplitter
{
    private readonly TestRunBuilderOptions _options;
    private readonly BoundedText _output;

    public PackageState(PackageResult result, TestRunBuilderOptions options)
    {
        Result = result;
        _options = options;
        _output = new BoundedText(options.MaxPackageOutputChars);
        Panic = new PanicCapture(options);
    }

    public PackageResult Result { get; }

    /// <summary>Tests of the package by name, while the package runs; let go when it ends.</summary>
    public Dictionary<string, TestState> Tests { get; private set; } = new(System.StringComparer.Ordinal);

    /// <summary>Tests in the order they started, so the unfinished ones can be blamed children first.</summary>
    public List<TestState> Started { get; private set; } = new();

    public bool Ended { get; set; }

    public bool BuildFailed { get; set; }

    /// <summary>Go ≥ 1.24: the <c>ImportPath</c> of the build that failed (this package's or a dependency's).</summary>
    public string? FailedBuild { get; set; }

    /// <summary>A panic outside any test (init, TestMain), or the timeout panic when test2json gave it no test.</summary>
    public PanicCapture Panic { get; }

    /// <summary>The <c>exit status N</c> line of a failed test binary.</summary>
    public string? ExitStatus { get; private set; }

    public string Output => _output.ToString();

    /// <summary>
    /// Lets go of the per-test bookkeeping once the package ended. Cleared collections would keep their capacity,
    /// a few kilobytes per package that a run of thousands of packages would hold to the end.
    /// </summary>
    public void ReleaseTests()
    {
        Tests = new Dictionary<string, TestState>(System.StringComparer.Ordinal);
        Started = new List<TestState>();
    }

    protected override void OnLine(string line)
    {
        _output.Append(line);
        _output.Append("\n");
        if (GoOutputLine.TryParseBuildFailure(line, out _))
        {
            BuildFailed = true;
        }
        else if (line.StartsWith("exit status ", System.StringComparison.Ordinal))
        {
            ExitStatus = line;
        }
        else
        {
            Panic.Observe(line);
        }
    }
}
