using System;
using System.Collections.Generic;
using System.Text;
using Go.Sdk.Tasks.Testing.Model;
using Go.Sdk.Tasks.Testing.Parsing;

namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// What <see cref="TestRunBuilder"/> tracks for one test while it runs: its output, its t.Log/t.Error lines and any
/// panic. When the test ends, the verdict goes into its <see cref="TestResult"/> and this state is let go.
/// </summary>
internal sealed class TestState : LineSplitter
{
    private const int MaxLogEntries = 100;
    private const int MaxMessageChars = 8 * 1024;

    private readonly TestRunBuilderOptions _options;
    private BoundedText? _output;
    private List<LogEntry>? _entries;
    private PanicCapture? _panic;

    public TestState(TestResult result, TestRunBuilderOptions options)
    {
        Result = result;
        _options = options;
    }

    public TestResult Result { get; }

    public bool Finished { get; private set; }

    public bool IsBenchmark => Result.Name.StartsWith("Benchmark", StringComparison.Ordinal);

    /// <summary>Set when this test printed Go's timeout panic (test2json blames it on a running test).</summary>
    public string? TimedOutAfter => _panic?.TimedOutAfter;

    protected override bool IsIgnoredLine(string lineWithNewline) => GoOutputLine.IsFraming(lineWithNewline);

    protected override void OnLine(string line)
    {
        if (GoOutputLine.IsFraming(line))
        {
            return;
        }
        (_output ??= new BoundedText(_options.MaxOutputCharsPerTest)).Append(line);
        _output.Append("\n");

        if (_panic is null && GoOutputLine.IsPanic(line))
        {
            _panic = new PanicCapture(_options);
        }
        if (_panic is not null && _panic.Observe(line))
        {
            return;
        }
        if (GoOutputLine.TryParseLogEntry(line, out int indent, out SourceLocation location, out string message))
        {
            _entries ??= new List<LogEntry>();
            if (_entries.Count < MaxLogEntries)
            {
                _entries.Add(new LogEntry(location, indent, message));
            }
            return;
        }
        if (_entries is { Count: > 0 } && GoOutputLine.Indentation(line) > _entries[_entries.Count - 1].Indent)
        {
            _entries[_entries.Count - 1].AppendLine(line.Trim(), MaxMessageChars);
            return;
        }
        if (IsBenchmark && GoOutputLine.IsBenchmarkResult(line))
        {
            Result.BenchmarkResult = line.Trim();
        }
    }

    /// <summary>Records the verdict, composes the failure or skip reason and drops what is no longer needed.</summary>
    public void Finish(TestOutcome outcome, DateTimeOffset? time, double? elapsed, string? blame, ref long retainedPassedOutput)
    {
        FlushPartialLine();
        Finished = true;
        Result.Outcome = outcome;
        Result.EndTime = time;
        if (elapsed is double seconds)
        {
            Result.Duration = TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
        }
        if (outcome == TestOutcome.Failed)
        {
            Result.Failure = ComposeFailure(blame);
        }
        else if (outcome == TestOutcome.Skipped && _entries is { Count: > 0 })
        {
            Result.SkipReason = _entries[_entries.Count - 1].Message;
        }
        KeepOutput(outcome, ref retainedPassedOutput);
        _entries = null;
        _panic = null;
    }

    private void KeepOutput(TestOutcome outcome, ref long retainedPassedOutput)
    {
        if (_output is null)
        {
            return;
        }
        if (outcome == TestOutcome.Failed || retainedPassedOutput + _output.Length <= _options.MaxPassedOutputChars)
        {
            if (outcome != TestOutcome.Failed)
            {
                retainedPassedOutput += _output.Length;
            }
            Result.Output = _output.ToString();
            Result.OutputTruncated = _output.Truncated;
        }
        else
        {
            Result.OutputTruncated = true;
        }
        _output = null;
    }

    private TestFailure ComposeFailure(string? blame)
    {
        if (_panic?.Message is string panicMessage)
        {
            // The timeout panic only repeats the blame, which already says "timed out after …".
            string message = blame is null ? panicMessage : _panic.TimedOutAfter is not null ? blame : blame + "\n" + panicMessage;
            return new TestFailure(message, _panic.Location ?? LastEntryLocation, _panic.StackTrace, ExplainedBySubtests: false);
        }
        if (_entries is { Count: > 0 })
        {
            string message = _entries.Count == 1 ? _entries[0].Message : string.Join("\n", _entries.ConvertAll(e => e.ToString()));
            return new TestFailure(blame is null ? message : blame + "\n" + message, LastEntryLocation, null, ExplainedBySubtests: false);
        }
        List<string> failedSubtests = new();
        foreach (TestResult subtest in Result.Subtests)
        {
            if (subtest.Outcome == TestOutcome.Failed && subtest.Failure is not null)
            {
                failedSubtests.Add(subtest.Name);
            }
        }
        if (failedSubtests.Count > 0)
        {
            return new TestFailure("Failed because of its subtests: " + string.Join(", ", failedSubtests), null, null, ExplainedBySubtests: true);
        }
        if (blame is not null)
        {
            return new TestFailure(blame, null, null, ExplainedBySubtests: false);
        }
        string output = _output?.ToString().Trim() ?? string.Empty;
        return new TestFailure(
            output.Length == 0 ? "The test failed without a message." : Truncate(output, MaxMessageChars),
            null,
            null,
            ExplainedBySubtests: false);
    }

    private SourceLocation? LastEntryLocation => _entries is { Count: > 0 } ? _entries[_entries.Count - 1].Location : null;

    private static string Truncate(string text, int max) => text.Length <= max ? text : text.Substring(0, max) + " …";

    /// <summary>One t.Log/t.Error/t.Fatal/t.Skip call: its place and its (possibly multi-line) message.</summary>
    private sealed class LogEntry
    {
        private StringBuilder? _more;

        public LogEntry(SourceLocation location, int indent, string message)
        {
            Location = location;
            Indent = indent;
            FirstLine = message;
        }

        public SourceLocation Location { get; }

        public int Indent { get; }

        private string FirstLine { get; }

        public string Message => _more is null ? FirstLine : FirstLine + _more;

        public void AppendLine(string line, int max)
        {
            _more ??= new StringBuilder();
            if (FirstLine.Length + _more.Length + line.Length < max)
            {
                _more.Append('\n').Append(line);
            }
        }

        public override string ToString() => $"{Location.File}:{Location.Line}: {Message}";
    }
}
