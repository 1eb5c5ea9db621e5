using System;
using System.Collections.Generic;

namespace Go.Sdk.Tasks.Testing.Model;

/// <summary>
/// The neutral result of one <c>go test -json</c> run, built by <see cref="TestRunBuilder"/> and read by the writers
/// (TRX, JUnit, console summary, failure list). Packages appear in the order Go first mentioned them.
/// </summary>
public sealed class TestRun
{
    internal TestRun(
        IReadOnlyList<PackageResult> packages,
        IReadOnlyList<PackageError> errors,
        DateTimeOffset startTime,
        DateTimeOffset endTime,
        int exitCode,
        string standardError)
    {
        Packages = packages;
        Errors = errors;
        StartTime = startTime;
        EndTime = endTime;
        ExitCode = exitCode;
        StandardError = standardError;
        TestTotals totals = new(0, 0, 0, errors.Count);
        foreach (PackageResult package in packages)
        {
            totals += package.Totals;
        }
        Totals = totals;
    }

    public IReadOnlyList<PackageResult> Packages { get; }

    /// <summary>Failures of the go command itself that belong to no package (see <see cref="PackageErrorKind.GoCommandFailed"/>).</summary>
    public IReadOnlyList<PackageError> Errors { get; }

    public TestTotals Totals { get; }

    public DateTimeOffset StartTime { get; }

    public DateTimeOffset EndTime { get; }

    public TimeSpan Duration => EndTime - StartTime;

    /// <summary>The exit code of <c>go test</c>.</summary>
    public int ExitCode { get; }

    /// <summary>Lines go test wrote outside its JSON events that no package claimed (bounded).</summary>
    public string StandardError { get; }

    /// <summary>True only if nothing failed, nothing errored and go test exited with 0.</summary>
    public bool Succeeded => !Totals.HasFailures && ExitCode == 0;

    /// <summary>Every package error, then every run error: the failures no test is blamed for.</summary>
    public IEnumerable<PackageError> AllErrors
    {
        get
        {
            foreach (PackageResult package in Packages)
            {
                if (package.Error is not null)
                {
                    yield return package.Error;
                }
            }
            foreach (PackageError error in Errors)
            {
                yield return error;
            }
        }
    }
}
