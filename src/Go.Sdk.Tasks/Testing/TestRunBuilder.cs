using System;
using System.Collections.Generic;
using System.Linq;
using Go.Sdk.Tasks.Testing.Model;
using Go.Sdk.Tasks.Testing.Parsing;

namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// Builds a <see cref="TestRun"/> from the lines of <c>go test -json</c>, one at a time, in bounded memory.
/// Feed every line of the go command's stdout and stderr to <see cref="AddLine"/> (in any interleaving), then call
/// <see cref="Complete"/> with its exit code.
/// <para>
/// Rules: each test (parent or subtest) is one result, attributed by test2json's <c>Test</c> field, so parallel
/// tests' output lands on the right test. A panic inside a test fails that test (test2json attributes it). A test
/// still running when its package ends is blamed: with the timeout panic it "timed out", otherwise the binary
/// "exited while it ran"; a finished test is never blamed. A package that fails with no failed test gets a
/// <see cref="PackageError"/> (build failure with the compiler messages, panic in init or TestMain, timeout, bad exit
/// code), so a failure is never counted as green. Benchmarks that print a result (and get no event) pass.
/// </para>
/// </summary>
public sealed class TestRunBuilder
{
    private readonly Func<DateTimeOffset> _clock;
    private readonly TestRunBuilderOptions _options;
    private readonly TestEventReader _reader = new();
    private readonly TestEvent _event = new();
    private readonly Dictionary<string, PackageState> _packages = new(StringComparer.Ordinal);
    private readonly List<PackageState> _packageOrder = new();
    private readonly Dictionary<string, BuildOutput> _builds = new(StringComparer.Ordinal);
    private readonly BoundedText _unclaimedText;
    private readonly DateTimeOffset _startTime;
    private BuildOutput? _textBuild;
    private long _retainedPassedOutput;
    private DateTimeOffset? _lastEventTime;
    private TestRun? _completed;

    /// <param name="clock">The run's start (now) and end (at <see cref="Complete"/>) come from it; tests inject a fixed one.</param>
    public TestRunBuilder(Func<DateTimeOffset> clock, TestRunBuilderOptions? options = null)
    {
        _clock = clock;
        _options = options ?? TestRunBuilderOptions.Default;
        _unclaimedText = new BoundedText(_options.MaxBuildOutputChars);
        _startTime = clock();
    }

    /// <summary>Takes one line (without its newline) of go test's stdout or stderr.</summary>
    /// <param name="fromStandardError">True for stderr lines; they are never JSON events.</param>
    public void AddLine(string line, bool fromStandardError = false)
    {
        if (_completed is not null)
        {
            throw new InvalidOperationException("The run is already complete.");
        }
        if (!fromStandardError && _reader.TryRead(line, _event))
        {
            AddEvent(_event);
        }
        else
        {
            AddText(line);
        }
    }

    /// <summary>Ends the run: blames what is still running, settles build failures and computes the totals.</summary>
    public TestRun Complete(int exitCode)
    {
        if (_completed is not null)
        {
            return _completed;
        }
        foreach (PackageState package in _packageOrder)
        {
            if (!package.Ended)
            {
                EndPackage(package, PackageVerdict.NoResult, _lastEventTime, null);
            }
        }
        foreach (PackageState package in _packageOrder)
        {
            if (package.Result.Error?.Kind == PackageErrorKind.BuildFailed)
            {
                package.Result.Error = BuildError(package);
            }
        }
        List<PackageError> runErrors = new();
        foreach (BuildOutput build in _builds.Values)
        {
            if (!build.Claimed && build.Messages.Count > 0)
            {
                _unclaimedText.Append(build.Text);
            }
        }
        string unclaimed = _unclaimedText.ToString();
        bool anyFailure = _packageOrder.Any(p => p.Result.Totals.HasFailures);
        if (exitCode != 0 && !anyFailure)
        {
            string firstLine = unclaimed.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "it printed nothing else";
            runErrors.Add(new PackageError(
                PackageErrorKind.GoCommandFailed,
                string.Empty,
                $"go test exited with code {exitCode} but no package reported a failure: {firstLine}",
                unclaimed.Length > 0 ? unclaimed : null,
                Array.Empty<BuildMessage>(),
                null));
        }
        _completed = new TestRun(
            _packageOrder.Select(p => p.Result).ToList(),
            runErrors,
            _startTime,
            _clock(),
            exitCode,
            unclaimed);
        return _completed;
    }

    private void AddEvent(TestEvent e)
    {
        _lastEventTime = e.Time ?? _lastEventTime;
        switch (e.Action)
        {
            case TestAction.BuildOutput:
                if (e.ImportPath is not null && e.Output is not null)
                {
                    foreach (string line in e.Output.Split('\n'))
                    {
                        Build(e.ImportPath).AddLine(line.TrimEnd('\r'));
                    }
                }
                return;
            case TestAction.BuildFail:
                if (e.ImportPath is not null)
                {
                    Build(e.ImportPath);
                }
                return;
            case TestAction.Other:
                return;
        }

        PackageState package = Package(e.Package ?? string.Empty);
        if (e.Test is null)
        {
            AddPackageEvent(package, e);
        }
        else
        {
            AddTestEvent(package, e.Test, e);
        }
    }

    private void AddPackageEvent(PackageState package, TestEvent e)
    {
        switch (e.Action)
        {
            case TestAction.Start:
                package.Result.StartTime ??= e.Time;
                break;
            case TestAction.Output when e.Output is not null:
                package.AddOutput(e.Output);
                break;
            case TestAction.Pass:
                EndPackage(package, PackageVerdict.Passed, e.Time, e.Elapsed);
                break;
            case TestAction.Skip:
                EndPackage(package, PackageVerdict.NoTestFiles, e.Time, e.Elapsed);
                break;
            case TestAction.Fail:
                if (e.FailedBuild is not null)
                {
                    package.BuildFailed = true;
                    package.FailedBuild = e.FailedBuild;
                }
                EndPackage(package, PackageVerdict.Failed, e.Time, e.Elapsed);
                break;
        }
    }

    private void AddTestEvent(PackageState package, string name, TestEvent e)
    {
        package.Tests.TryGetValue(name, out TestState? test);
        if (test is null || (e.Action == TestAction.Run && test.Finished))
        {
            if (package.Ended)
            {
                // A straggler after the package's verdict: keep its text with the package, count nothing.
                if (e.Output is not null)
                {
                    package.AddOutput(e.Output);
                }
                return;
            }
            test = StartTest(package, name, test, e.Time);
        }

        switch (e.Action)
        {
            case TestAction.Output when e.Output is not null:
                test.AddOutput(e.Output);
                break;
            case TestAction.Pass when !test.Finished:
            case TestAction.Bench when !test.Finished:
                test.Finish(TestOutcome.Passed, e.Time, e.Elapsed, null, ref _retainedPassedOutput);
                break;
            case TestAction.Fail when !test.Finished:
                test.Finish(TestOutcome.Failed, e.Time, e.Elapsed, null, ref _retainedPassedOutput);
                break;
            case TestAction.Skip when !test.Finished:
                test.Finish(TestOutcome.Skipped, e.Time, e.Elapsed, null, ref _retainedPassedOutput);
                break;
        }
    }

    private TestState StartTest(PackageState package, string name, TestState? previousRun, DateTimeOffset? time)
    {
        TestResult? parent = null;
        for (int slash = name.LastIndexOf('/'); slash > 0 && parent is null; slash = name.LastIndexOf('/', slash - 1))
        {
            if (package.Tests.TryGetValue(name.Substring(0, slash), out TestState? candidate))
            {
                parent = candidate.Result;
            }
        }
        TestResult result = new(package.Result, name, parent, previousRun is null ? 0 : previousRun.Result.Occurrence + 1)
        {
            StartTime = time,
        };
        package.Result.Add(result);
        TestState state = new(result, _options);
        package.Tests[name] = state;
        package.Started.Add(state);
        return state;
    }

    private void AddText(string line)
    {
        if (GoOutputLine.TryParseBuildHeader(line, out string importPath))
        {
            _textBuild = Build(importPath);
            return;
        }
        if (GoOutputLine.TryParseBuildFailure(line, out string failedPackage))
        {
            // Go ≤ 1.23 prints "FAIL pkg [build failed]" as text and sends no event for the package at all.
            _textBuild = null;
            PackageState package = Package(failedPackage);
            package.BuildFailed = true;
            if (!package.Ended)
            {
                EndPackage(package, PackageVerdict.Failed, null, null);
            }
            return;
        }
        if (_textBuild is not null)
        {
            _textBuild.AddLine(line);
            return;
        }
        _unclaimedText.Append(line);
        _unclaimedText.Append("\n");
    }

    private enum PackageVerdict
    {
        Passed,
        Failed,
        NoTestFiles,
        NoResult,
    }

    private void EndPackage(PackageState package, PackageVerdict verdict, DateTimeOffset? time, double? elapsed)
    {
        package.FlushPartialLine();
        package.Ended = true;
        PackageResult result = package.Result;
        if (elapsed is double seconds)
        {
            result.Duration = TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
        }

        string? timedOutAfter = package.Panic.TimedOutAfter
            ?? package.Started.Select(t => t.TimedOutAfter).FirstOrDefault(a => a is not null);
        BlameUnfinishedTests(package, verdict, time, timedOutAfter);

        TestTotals totals = default;
        foreach (TestResult test in result.Tests)
        {
            totals += test.Outcome switch
            {
                TestOutcome.Passed => new TestTotals(1, 0, 0, 0),
                TestOutcome.Failed => new TestTotals(0, 1, 0, 0),
                _ => new TestTotals(0, 0, 1, 0),
            };
        }

        result.Outcome = verdict switch
        {
            PackageVerdict.NoTestFiles when result.Tests.Count == 0 => PackageOutcome.NoTestFiles,
            _ when totals.Failed > 0 => PackageOutcome.Failed,
            PackageVerdict.Failed or PackageVerdict.NoResult => PackageOutcome.Error,
            _ => PackageOutcome.Passed,
        };
        if (result.Outcome == PackageOutcome.Error)
        {
            result.Error = PackageLevelError(package, verdict, timedOutAfter);
            totals += new TestTotals(0, 0, 0, 1);
        }
        result.Totals = totals;
        result.Output = package.Output;
        package.ReleaseTests();
    }

    private void BlameUnfinishedTests(PackageState package, PackageVerdict verdict, DateTimeOffset? time, string? timedOutAfter)
    {
        // Children started after their parents: walking backwards settles subtests before the parents they explain.
        for (int i = package.Started.Count - 1; i >= 0; i--)
        {
            TestState test = package.Started[i];
            if (test.Finished)
            {
                continue;
            }
            if (verdict == PackageVerdict.Passed || (test.IsBenchmark && test.Result.BenchmarkResult is not null))
            {
                test.Finish(TestOutcome.Passed, time, null, null, ref _retainedPassedOutput);
                continue;
            }
            string blame = timedOutAfter is not null
                ? $"Test timed out after {timedOutAfter}: it was still running when go test's -timeout expired."
                : verdict == PackageVerdict.NoResult
                    ? "The test never finished: go test's output ended while it was running."
                    : "The test binary exited while this test was running (a crash, os.Exit or log.Fatal); see the output.";
            bool subtestFailed = test.Result.Subtests.Any(s => s.Outcome == TestOutcome.Failed);
            test.Finish(TestOutcome.Failed, time, null, subtestFailed ? null : blame, ref _retainedPassedOutput);
        }
    }

    private static PackageError PackageLevelError(PackageState package, PackageVerdict verdict, string? timedOutAfter)
    {
        string name = package.Result.ImportPath;
        string output = package.Output;
        if (package.BuildFailed)
        {
            // Completed in Complete(), once all compiler output (which may arrive after this) is in.
            return new PackageError(PackageErrorKind.BuildFailed, name, string.Empty, null, Array.Empty<BuildMessage>(), null);
        }
        if (verdict == PackageVerdict.NoResult)
        {
            return new PackageError(PackageErrorKind.NoResult, name,
                $"{name}: go test's output ended before the package reported a result.", NullIfEmpty(output), Array.Empty<BuildMessage>(), null);
        }
        if (timedOutAfter is not null)
        {
            return new PackageError(PackageErrorKind.TimedOut, name,
                $"{name}: the test binary timed out after {timedOutAfter} while no test was running (in TestMain?).",
                package.Panic.StackTrace ?? NullIfEmpty(output), Array.Empty<BuildMessage>(), package.Panic.Location);
        }
        if (package.Panic.Message is string panic)
        {
            return new PackageError(PackageErrorKind.Panic, name,
                $"{name}: {panic} (outside any test: in init or TestMain).",
                package.Panic.StackTrace, Array.Empty<BuildMessage>(), package.Panic.Location);
        }
        string status = package.ExitStatus is null ? "it exited with an error" : package.ExitStatus;
        return new PackageError(PackageErrorKind.ExitedWithFailure, name,
            $"{name}: the test binary failed ({status}) although no test failed, e.g. os.Exit in TestMain.",
            NullIfEmpty(output), Array.Empty<BuildMessage>(), null);
    }

    private PackageError BuildError(PackageState package)
    {
        List<BuildOutput> builds = new();
        if (package.FailedBuild is not null && _builds.TryGetValue(package.FailedBuild, out BuildOutput? named))
        {
            builds.Add(named);
        }
        if (builds.Count == 0)
        {
            builds.AddRange(_builds.Values.Where(b => b.ImportPath == package.Result.ImportPath));
        }
        if (builds.Count == 0)
        {
            // Go ≤ 1.23 does not say which dependency broke this package's build: show every build that failed.
            builds.AddRange(_builds.Values.Where(b => b.Messages.Count > 0));
        }
        List<BuildMessage> messages = new();
        foreach (BuildOutput build in builds)
        {
            build.Claimed = true;
            messages.AddRange(build.Messages);
        }
        string name = package.Result.ImportPath;
        BuildMessage? first = messages.FirstOrDefault(m => m.Location is not null) ?? messages.FirstOrDefault();
        string message = first is null
            ? $"{name}: the test binary did not build (go test printed no compiler message)."
            : $"{name}: the test binary did not build: {(first.Location is null ? string.Empty : first.Location + ": ")}{first.Text}";
        string details = string.Concat(builds.Select(b => "# " + b.Key + "\n" + b.Text));
        return new PackageError(PackageErrorKind.BuildFailed, name, message, NullIfEmpty(details), messages, first?.Location);
    }

    private PackageState Package(string importPath)
    {
        if (!_packages.TryGetValue(importPath, out PackageState? package))
        {
            package = new PackageState(new PackageResult(importPath), _options);
            _packages.Add(importPath, package);
            _packageOrder.Add(package);
        }
        return package;
    }

    private BuildOutput Build(string key)
    {
        if (!_builds.TryGetValue(key, out BuildOutput? build))
        {
            build = new BuildOutput(key, _options.MaxBuildOutputChars);
            _builds.Add(key, build);
        }
        return build;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
