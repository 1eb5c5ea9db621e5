using Go.Sdk.Tasks.Testing;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Testing;

public class TestSummaryTests
{
    [Theory]
    [InlineData(0.0004, "< 1 ms")]
    [InlineData(0.25, "250 ms")]
    [InlineData(4.9, "4 s")]
    [InlineData(125, "2 m 5 s")]
    [InlineData(3780, "1 h 3 m")]
    public void DurationsReadLikeDotnetTest(double seconds, string expected) =>
        Assert.Equal(expected, TestSummary.FormatDuration(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void AFailedBuildNeverReadsPassed()
    {
        var run = TestStreams.BuildRun(new[] { "FAIL\texample.com/m/p [build failed]" }, exitCode: 1);

        Assert.Equal("Failed! - Failed:     1, Passed:     0, Skipped:     0, Total:     1, Duration: 1 s - p.goproj", TestSummary.Format(run, "p.goproj"));
    }
}
