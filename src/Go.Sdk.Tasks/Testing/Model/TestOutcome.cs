namespace Go.Sdk.Tasks.Testing.Model;

/// <summary>How one Go test (top-level, subtest, example, benchmark or fuzz seed) ended.</summary>
public enum TestOutcome
{
    /// <summary>test2json reported <c>pass</c> or <c>bench</c>, or a benchmark printed its result line.</summary>
    Passed,

    /// <summary>test2json reported <c>fail</c>, or the test was still running when the test binary died.</summary>
    Failed,

    /// <summary><c>t.Skip</c> and friends.</summary>
    Skipped,
}

/// <summary>How one package of the run ended.</summary>
public enum PackageOutcome
{
    /// <summary>The test binary ran and passed (possibly with no tests to run).</summary>
    Passed,

    /// <summary>At least one test failed; every failure is blamed on a test.</summary>
    Failed,

    /// <summary>The package has no test files (<c>? pkg [no test files]</c>).</summary>
    NoTestFiles,

    /// <summary>A failure no test can be blamed for: see <see cref="PackageResult.Error"/>.</summary>
    Error,
}

/// <summary>Why a package (or the whole run) failed outside any test.</summary>
public enum PackageErrorKind
{
    /// <summary>The test binary (or a dependency, or go vet) did not build.</summary>
    BuildFailed,

    /// <summary>A panic while no test was running: in <c>init</c> or <c>TestMain</c>.</summary>
    Panic,

    /// <summary><c>-timeout</c> expired while no test was running (for example in <c>TestMain</c>).</summary>
    TimedOut,

    /// <summary>The test binary failed although every test passed (<c>os.Exit(1)</c> in <c>TestMain</c>, a leak checker, …).</summary>
    ExitedWithFailure,

    /// <summary>The output ended before the package reported a result (go test was killed, or its output was cut).</summary>
    NoResult,

    /// <summary><c>go test</c> exited non-zero without any package failing (bad flags, no module, …).</summary>
    GoCommandFailed,
}
