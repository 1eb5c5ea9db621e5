using System.Text.RegularExpressions;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Interop;

/// <summary>
/// A C# app calling a Go library from 4 threads while another thread forces garbage collections
/// (docs/mixed-language.md#signals): it survives with the library Go.Sdk builds and crashes without the guard.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class SignalGuardTests(GoSdkFixture fixture)
{
    private static long Calls(CommandResult run) => long.Parse(Regex.Match(run.Output, @"calls=(\d+)").Groups[1].Value);

    [Fact]
    public void FourThreadsCallingGoWhileTheGcRunsSurviveThreeRunsOfTwentySeconds()
    {
        var consumer = StressConsumer.For(fixture);

        for (int run = 0; run < 3; run++)
        {
            var result = consumer.Stress(StressConsumer.GuardedApp, seconds: 20);
            Assert.True(result.ExitCode == 0, $"run {run + 1} ended with exit code {result.ExitCode}:{Environment.NewLine}{result.Output}");
            Assert.True(Calls(result) > 0, result.Output);
        }
    }

    [Fact]
    public void WithoutTheSignalGuardTheSameAppDiesWithSigsegv()
    {
        var consumer = StressConsumer.For(fixture);

        var result = consumer.Stress(StressConsumer.UnguardedApp, seconds: 20);

        // 128 + SIGSEGV: the process was killed by the signal, long before the 20 s were up.
        Assert.True(result.ExitCode == 139, $"exit code {result.ExitCode} after {result.Duration}:{Environment.NewLine}{result.Output}");
        Assert.True(result.Duration < TimeSpan.FromSeconds(20), $"it crashed only after {result.Duration}");
    }

    [Fact]
    public void AnXunitTestCallingGoWhileTheGcRunsPassesUnderDotNetTest()
    {
        var consumer = StressConsumer.For(fixture);

        // Release: the Go library the fixture built is up to date there.
        var test = consumer.Project.DotNet("test", "tests/tests.csproj", "-c", "Release", "--logger", "console;verbosity=detailed");

        test.ShouldSucceed().ShouldContain("Passed StressTests.FourThreadsCallGoWhileTheGcRuns")
            .ShouldContain("Passed GoLibTests.TurnsGoErrorsIntoExceptions").ShouldContain("Passed: 4");
        Assert.True(Calls(test) > 0, test.Output);
    }
}
