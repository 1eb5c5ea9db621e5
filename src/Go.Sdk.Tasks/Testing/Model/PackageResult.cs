using System;
using System.Collections.Generic;

namespace Go.Sdk.Tasks.Testing.Model;

/// <summary>
/// One Go package of the run: its tests (all levels, in the order they started; walk <see cref="TestResult.Subtests"/>
/// from <see cref="TopLevelTests"/> for the tree), its outcome and, when no test can be blamed, its <see cref="Error"/>.
/// </summary>
public sealed class PackageResult
{
    private readonly List<TestResult> _tests = new();

    internal PackageResult(string importPath)
    {
        ImportPath = importPath;
    }

    /// <summary>The import path Go reported (empty for a stream without <c>Package</c> fields, as test2json alone writes).</summary>
    public string ImportPath { get; }

    public PackageOutcome Outcome { get; internal set; }

    /// <summary>Every test of the package, parents and subtests alike, each once.</summary>
    public IReadOnlyList<TestResult> Tests => _tests;

    public IEnumerable<TestResult> TopLevelTests
    {
        get
        {
            foreach (TestResult test in _tests)
            {
                if (test.Parent is null)
                {
                    yield return test;
                }
            }
        }
    }

    /// <summary>Set when <see cref="Outcome"/> is <see cref="PackageOutcome.Error"/>.</summary>
    public PackageError? Error { get; internal set; }

    public DateTimeOffset? StartTime { get; internal set; }

    public TimeSpan Duration { get; internal set; }

    /// <summary>What the test binary printed outside any test (bounded), framing lines included.</summary>
    public string Output { get; internal set; } = string.Empty;

    public TestTotals Totals { get; internal set; }

    internal void Add(TestResult test) => _tests.Add(test);
}

/// <summary>
/// A failure of a whole package (or of the go command) that no test can be blamed for. <see cref="BuildMessages"/>
/// holds the compiler's messages of a failed build; <see cref="Details"/> the package's own output (panic and stack).
/// </summary>
public sealed record PackageError(
    PackageErrorKind Kind,
    string Package,
    string Message,
    string? Details,
    IReadOnlyList<BuildMessage> BuildMessages,
    SourceLocation? Location);
