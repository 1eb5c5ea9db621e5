namespace Go.Sdk.Tasks.Testing.Model;

/// <summary>
/// What only some tests have (a failure, a skip reason, a benchmark result), kept apart from <see cref="TestResult"/>
/// so the many plain passed tests of a large run do not each carry three empty fields.
/// </summary>
internal sealed class TestResultDetails
{
    public TestFailure? Failure { get; set; }

    public string? SkipReason { get; set; }

    public string? BenchmarkResult { get; set; }
}
