using System;
using System.Collections.Generic;

namespace Go.Sdk.Tasks.Testing.Model;

/// <summary>
/// One run of one Go test: a top-level <c>TestXxx</c>, a subtest (<c>TestXxx/case</c>), an <c>ExampleXxx</c>, a
/// <c>BenchmarkXxx</c> or a fuzz seed (<c>FuzzXxx/seed#0</c>). Subtests hang under their parent and are counted
/// once each, parents included. With <c>-count=N</c> a name runs N times and gets N results
/// (<see cref="Occurrence"/> 0…N-1).
/// </summary>
public sealed class TestResult
{
    private List<TestResult>? _subtests;
    // Two times per test as plain fields (see CompactTime), so the small ones share the padding of the others.
    private long _startUtcTicksPlusOne;
    private long _endUtcTicksPlusOne;
    private short _startOffsetMinutes;
    private short _endOffsetMinutes;
    private CompactText _output;
    private TestResultDetails? _details;

    internal TestResult(PackageResult package, string name, TestResult? parent, int occurrence)
    {
        Package = package;
        Name = name;
        Parent = parent;
        Occurrence = occurrence;
        parent?.AddSubtest(this);
    }

    /// <summary>The package the test belongs to.</summary>
    public PackageResult Package { get; }

    /// <summary>The name Go prints, subtests included: <c>TestParse/empty_input</c>.</summary>
    public string Name { get; }

    /// <summary>The test that ran this one with <c>t.Run</c>; null for a top-level test.</summary>
    public TestResult? Parent { get; }

    /// <summary>The tests this one started with <c>t.Run</c>, in the order they started.</summary>
    public IReadOnlyList<TestResult> Subtests => (IReadOnlyList<TestResult>?)_subtests ?? Array.Empty<TestResult>();

    /// <summary>0 for the first run of <see cref="Name"/> in its package, 1 for the second (<c>-count=2</c>), ….</summary>
    public int Occurrence { get; }

    /// <summary><c>&lt;import path&gt;.&lt;Name&gt;</c>; see <see cref="GoTestName.FullyQualifiedName"/>.</summary>
    public string FullyQualifiedName => GoTestName.FullyQualifiedName(Package.ImportPath, Name);

    public TestOutcome Outcome { get; internal set; }

    /// <summary>What Go measured (<c>Elapsed</c>); zero when it reported nothing.</summary>
    public TimeSpan Duration { get; internal set; }

    /// <summary>When the test started and ended, from the event times; null when the stream carried none.</summary>
    public DateTimeOffset? StartTime
    {
        get => CompactTime.Load(_startUtcTicksPlusOne, _startOffsetMinutes);
        internal set => CompactTime.Store(value, out _startUtcTicksPlusOne, out _startOffsetMinutes);
    }

    public DateTimeOffset? EndTime
    {
        get => CompactTime.Load(_endUtcTicksPlusOne, _endOffsetMinutes);
        internal set => CompactTime.Store(value, out _endUtcTicksPlusOne, out _endOffsetMinutes);
    }

    /// <summary>
    /// What the test printed (t.Log, fmt.Print, panics), without Go's own <c>=== RUN</c> / <c>--- PASS</c> framing
    /// lines. Bounded: see <see cref="TestRunBuilderOptions"/>; <see cref="OutputTruncated"/> tells when text was left out.
    /// </summary>
    public string Output { get => _output.ToString(); internal set => _output = CompactText.From(value); }

    public bool OutputTruncated { get; internal set; }

    /// <summary>Why the test failed; set for every <see cref="TestOutcome.Failed"/> test.</summary>
    public TestFailure? Failure { get => _details?.Failure; internal set => Details.Failure = value; }

    /// <summary>The message of <c>t.Skip</c>, when it gave one.</summary>
    public string? SkipReason { get => _details?.SkipReason; internal set => Details.SkipReason = value; }

    /// <summary>For a benchmark, its result line (<c>BenchmarkSum-8  1000000  1052 ns/op</c>).</summary>
    public string? BenchmarkResult { get => _details?.BenchmarkResult; internal set => Details.BenchmarkResult = value; }

    private TestResultDetails Details => _details ??= new TestResultDetails();

    private void AddSubtest(TestResult subtest) => (_subtests ??= new List<TestResult>()).Add(subtest);
}

/// <summary>
/// Why a test failed. <see cref="Message"/> is what the test said (its t.Error/t.Fatal text, a panic, a timeout);
/// <see cref="Location"/> is the failing call when Go printed one; <see cref="StackTrace"/> holds a panic's goroutine dump.
/// <see cref="ExplainedBySubtests"/> is true when the test said nothing itself and only failed because a subtest did,
/// so reports that list failures can skip it without losing anything.
/// </summary>
public sealed record TestFailure(string Message, SourceLocation? Location, string? StackTrace, bool ExplainedBySubtests);
