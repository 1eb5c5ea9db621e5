using Go.Sdk.Tasks.Testing;
using Go.Sdk.Tasks.Testing.Model;
using Xunit;
using static Go.Sdk.Tasks.Tests.Testing.TestStreams;

namespace Go.Sdk.Tasks.Tests.Testing;

public class TestRunBuilderTests
{
    [Fact]
    public void SubtestsAreNestedAndEachCountedOnce()
    {
        string[] stream =
        [
            Event("start"),
            Event("run", "TestParent"),
            .. Test("TestParent/a", "pass"),
            .. Test("TestParent/b", "fail", "    s_test.go:7: b broke"),
            Event("output", "TestParent", "--- FAIL: TestParent (0.00s)\n"),
            Event("fail", "TestParent", elapsed: 0.02),
            Event("fail", elapsed: 0.1),
        ];
        TestRun run = BuildRun(stream, exitCode: 1);

        Assert.Equal(new TestTotals(1, 2, 0, 0), run.Totals);
        TestResult parent = run.Single("TestParent");
        Assert.Equal(new[] { "TestParent/a", "TestParent/b" }, parent.Subtests.Select(s => s.Name));
        Assert.Same(parent, run.Single("TestParent/b").Parent);
        Assert.True(parent.Failure!.ExplainedBySubtests);
        Assert.Equal(new SourceLocation("s_test.go", 7), run.Single("TestParent/b").Failure!.Location);
        Assert.Equal("b broke", run.Single("TestParent/b").Failure!.Message);
    }

    [Fact]
    public void KeptOutputReadsBackExactlyAsciiOrNot()
    {
        string[] stream =
        [
            Event("start"),
            .. Test("TestAscii", "pass", "    a_test.go:3: plain \t text"),
            .. Test("TestUnicode", "pass", "    u_test.go:4: größer → 😀"),
            .. Test("TestSilent", "pass"),
            Event("pass", elapsed: 0.1),
        ];
        TestRun run = BuildRun(stream, exitCode: 0);

        Assert.Equal("    a_test.go:3: plain \t text\n", run.Single("TestAscii").Output);
        Assert.Equal("    u_test.go:4: größer → 😀\n", run.Single("TestUnicode").Output);
        Assert.Equal(string.Empty, run.Single("TestSilent").Output);
        Assert.Null(run.Single("TestSilent").Failure);
        Assert.Null(run.Single("TestSilent").SkipReason);
    }

    [Fact]
    public void ParallelOutputStaysWithTheTestThatPrintedIt()
    {
        string[] stream =
        [
            Event("run", "TestP1"), Event("pause", "TestP1"),
            Event("run", "TestP2"), Event("pause", "TestP2"),
            Event("cont", "TestP1"), Event("cont", "TestP2"),
            Event("output", "TestP2", "    p_test.go:19: p2 line 0\n"),
            Event("output", "TestP1", "    p_test.go:11: p1 line 0\n"),
            Event("output", "TestP2", "    p_test.go:19: p2 line 1\n"),
            Event("output", "TestP1", "    p_test.go:14: p1 failed\n"),
            Event("fail", "TestP1", elapsed: 0.03),
            Event("pass", "TestP2", elapsed: 0.03),
            Event("fail", elapsed: 0.05),
        ];
        TestRun run = BuildRun(stream, exitCode: 1);

        Assert.Equal("    p_test.go:11: p1 line 0\n    p_test.go:14: p1 failed\n", run.Single("TestP1").Output);
        Assert.Equal("    p_test.go:19: p2 line 0\n    p_test.go:19: p2 line 1\n", run.Single("TestP2").Output);
        Assert.Equal(new SourceLocation("p_test.go", 14), run.Single("TestP1").Failure!.Location);
        Assert.Equal(TestOutcome.Passed, run.Single("TestP2").Outcome);
    }

    [Fact]
    public void MultiLineFailureMessagesKeepTheirContinuationLines()
    {
        TestRun run = BuildRun(Test("TestFatal", "fail", "    f_test.go:10: fatal here", "        second line").Append(Event("fail")), exitCode: 1);

        Assert.Equal("fatal here\nsecond line", run.Single("TestFatal").Failure!.Message);
    }

    [Fact]
    public void TimeoutBlamesTheRunningTestNotTheFinishedOne()
    {
        string[] stream =
        [
            .. Test("TestQuick", "pass"),
            Event("run", "TestSlow"),
            Event("output", "TestSlow", "=== RUN   TestSlow\n"),
            Event("output", "TestSlow", "panic: test timed out after 1s\n"),
            Event("output", "TestSlow", "\trunning tests:\n"),
            Event("output", "TestSlow", "\t\tTestSlow (1s)\n"),
            Event("output", "TestSlow", "\t/tmp/m/timeout/t_test.go:9 +0x1d\n"),
            Event("output", output: "FAIL\texample.com/m/p\t1.011s\n"),
            Event("fail", elapsed: 1.011),
        ];
        TestRun run = BuildRun(stream, exitCode: 1);

        Assert.Equal(TestOutcome.Passed, run.Single("TestQuick").Outcome);
        TestResult slow = run.Single("TestSlow");
        Assert.Equal(TestOutcome.Failed, slow.Outcome);
        Assert.StartsWith("Test timed out after 1s", slow.Failure!.Message);
        Assert.Equal(new SourceLocation("/tmp/m/timeout/t_test.go", 9), slow.Failure.Location);
        Assert.Equal(PackageOutcome.Failed, run.Packages[0].Outcome);
        Assert.Equal(new TestTotals(1, 1, 0, 0), run.Totals);
    }

    [Fact]
    public void PanicInInitIsAPackageErrorWithItsPlace()
    {
        string[] stream =
        [
            Event("start"),
            Event("output", output: "panic: boom in init\n"),
            Event("output", output: "\n"),
            Event("output", output: "goroutine 1 [running]:\n"),
            Event("output", output: "example.com/m/p.init.0()\n"),
            Event("output", output: "\t/tmp/m/p/p_test.go:5 +0x25\n"),
            Event("output", output: "exit status 2\n"),
            Event("output", output: "FAIL\texample.com/m/p\t0.020s\n"),
            Event("fail", elapsed: 0.02),
        ];
        TestRun run = BuildRun(stream, exitCode: 1);

        PackageError error = Assert.IsType<PackageError>(run.Packages[0].Error);
        Assert.Equal(PackageErrorKind.Panic, error.Kind);
        Assert.Contains("panic: boom in init", error.Message);
        Assert.Equal(new SourceLocation("/tmp/m/p/p_test.go", 5), error.Location);
        Assert.Equal(new TestTotals(0, 0, 0, 1), run.Totals);
        Assert.False(run.Succeeded);
    }

    [Fact]
    public void ABinaryThatFailsAfterAllTestsPassedIsNotGreen()
    {
        TestRun run = BuildRun(Test("TestFine", "pass").Concat(new[]
        {
            Event("output", output: "PASS\n"),
            Event("output", output: "exit status 3\n"),
            Event("fail", elapsed: 0.05),
        }), exitCode: 1);

        Assert.Equal(PackageErrorKind.ExitedWithFailure, run.Packages[0].Error!.Kind);
        Assert.Contains("exit status 3", run.Packages[0].Error!.Message);
        Assert.Equal(new TestTotals(1, 0, 0, 1), run.Totals);
    }

    [Fact]
    public void Go123BuildFailureTextIsAttachedToThePackage()
    {
        string[] stdout = ["FAIL\texample.com/m/broken [build failed]", .. Test("TestOk", "pass"), Event("pass")];
        string[] stderr = { "# example.com/m/broken [example.com/m/broken.test]", "broken/b_test.go:5:28: undefined: foo" };
        TestRun run = BuildRun(stdout, exitCode: 1, stderr);

        PackageResult broken = run.Packages.Single(p => p.ImportPath == "example.com/m/broken");
        Assert.Equal(PackageOutcome.Error, broken.Outcome);
        BuildMessage message = Assert.Single(broken.Error!.BuildMessages);
        Assert.Equal("undefined: foo", message.Text);
        Assert.Equal(new SourceLocation("broken/b_test.go", 5, 28), message.Location);
        Assert.Equal(new TestTotals(1, 0, 0, 1), run.Totals);
    }

    [Fact]
    public void Go124BuildEventsAreAttachedToEveryPackageThatFailedBecauseOfThem()
    {
        const string Key = "example.com/m/broken [example.com/m/broken.test]";
        string[] stdout =
        [
            """{"ImportPath":"example.com/m/broken [example.com/m/broken.test]","Action":"build-output","Output":"# example.com/m/broken [example.com/m/broken.test]\n"}""",
            """{"ImportPath":"example.com/m/broken [example.com/m/broken.test]","Action":"build-output","Output":"broken/b_test.go:5:28: undefined: foo\n"}""",
            """{"ImportPath":"example.com/m/broken [example.com/m/broken.test]","Action":"build-fail"}""",
            Event("start", package: "example.com/m/broken"),
            Event("output", output: "FAIL\texample.com/m/broken [build failed]\n", package: "example.com/m/broken"),
            Event("fail", package: "example.com/m/broken", elapsed: 0, failedBuild: Key),
            Event("start", package: "example.com/m/other"),
            Event("fail", package: "example.com/m/other", elapsed: 0, failedBuild: Key),
        ];
        TestRun run = BuildRun(stdout, exitCode: 1);

        Assert.All(run.Packages, p => Assert.Equal("undefined: foo", Assert.Single(p.Error!.BuildMessages).Text));
        Assert.Equal(new TestTotals(0, 0, 0, 2), run.Totals);
    }

    [Fact]
    public void PackagesWithoutTestFilesAreListed()
    {
        TestRun run = BuildRun(new[] { Event("start"), Event("output", output: "?   \texample.com/m/p\t[no test files]\n"), Event("skip", elapsed: 0) }, exitCode: 0);

        Assert.Equal(PackageOutcome.NoTestFiles, Assert.Single(run.Packages).Outcome);
        Assert.Equal(0, run.Totals.Total);
        Assert.True(run.Succeeded);
    }

    [Fact]
    public void BenchmarksWithAResultLinePassAndKeepTheLine()
    {
        string[] stream =
        [
            Event("run", "BenchmarkSum"),
            Event("output", "BenchmarkSum", "BenchmarkSum\n"),
            Event("output", "BenchmarkSum", "BenchmarkSum-2   \t"),
            Event("output", "BenchmarkSum", "       1\t       852.0 ns/op\n"),
            Event("output", output: "PASS\n"),
            Event("pass", elapsed: 0.03),
        ];
        TestRun run = BuildRun(stream, exitCode: 0);

        TestResult benchmark = run.Single("BenchmarkSum");
        Assert.Equal(TestOutcome.Passed, benchmark.Outcome);
        Assert.Equal("BenchmarkSum-2   \t       1\t       852.0 ns/op", benchmark.BenchmarkResult);
    }

    [Fact]
    public void RepeatedRunsOfOneNameAreSeparateResults()
    {
        TestRun run = BuildRun(Test("TestA", "pass").Concat(Test("TestA", "fail", "    a_test.go:3: flaky")).Append(Event("fail")), exitCode: 1);

        Assert.Equal(new[] { (0, TestOutcome.Passed), (1, TestOutcome.Failed) },
            run.Packages[0].Tests.Select(t => (t.Occurrence, t.Outcome)));
    }

    [Fact]
    public void SkipReasonsComeFromTheSkipCall()
    {
        TestRun run = BuildRun(Test("TestSkipped", "skip", "    s_test.go:5: not today").Append(Event("pass")), exitCode: 0);

        Assert.Equal("not today", run.Single("TestSkipped").SkipReason);
        Assert.Equal(new TestTotals(0, 0, 1, 0), run.Totals);
    }

    [Fact]
    public void AStreamThatEndsEarlyBlamesTheRunningTestAndThePackage()
    {
        TestRun run = BuildRun(new[] { Event("start"), Event("run", "TestHang") }, exitCode: -1);

        Assert.Equal(TestOutcome.Failed, run.Single("TestHang").Outcome);
        Assert.Equal(PackageOutcome.Failed, run.Packages[0].Outcome);
        Assert.False(run.Succeeded);
    }

    [Fact]
    public void GoCommandFailuresWithoutPackagesAreRunErrors()
    {
        TestRun run = BuildRun(Array.Empty<string>(), exitCode: 1, new[] { "go: cannot find main module, but found .git/config in /src" });

        PackageError error = Assert.Single(run.Errors);
        Assert.Equal(PackageErrorKind.GoCommandFailed, error.Kind);
        Assert.Contains("cannot find main module", error.Message);
        Assert.Equal(1, run.Totals.Errors);
    }

    [Fact]
    public void OutputIsBoundedPerTestAndPassedOutputByABudget()
    {
        TestRunBuilderOptions options = new() { MaxOutputCharsPerTest = 40, MaxPassedOutputChars = 30 };
        string longLine = new('x', 100);
        TestRun run = BuildRun(
            Test("TestLoud", "fail", longLine).Concat(Test("TestQuiet", "pass", "short")).Concat(Test("TestMore", "pass", "0123456789012345678901234")).Append(Event("fail")),
            exitCode: 1,
            options: options);

        TestResult loud = run.Single("TestLoud");
        Assert.True(loud.OutputTruncated);
        Assert.StartsWith(new string('x', 40), loud.Output);
        Assert.Contains("more characters of output were not kept", loud.Output);
        Assert.Equal("short\n", run.Single("TestQuiet").Output);
        Assert.Equal(string.Empty, run.Single("TestMore").Output);
        Assert.True(run.Single("TestMore").OutputTruncated);
    }

    [Fact]
    public void NonJsonLinesOnStdoutAreNotLost()
    {
        TestRun run = BuildRun(new[] { "some stray text", Event("start"), Event("pass") }, exitCode: 0);

        Assert.Contains("some stray text", run.StandardError);
    }
}
