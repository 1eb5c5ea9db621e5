namespace Go.Sdk.Tasks.Testing.Model;

/// <summary>
/// Counts of a run or a package. <see cref="Total"/> = passed + failed + skipped + errors, where every test
/// (parent or subtest) counts once and each package or run error counts once, so a failed build is never green.
/// </summary>
public readonly record struct TestTotals(int Passed, int Failed, int Skipped, int Errors)
{
    public int Total => Passed + Failed + Skipped + Errors;

    public bool HasFailures => Failed > 0 || Errors > 0;

    public static TestTotals operator +(TestTotals a, TestTotals b) =>
        new(a.Passed + b.Passed, a.Failed + b.Failed, a.Skipped + b.Skipped, a.Errors + b.Errors);
}
