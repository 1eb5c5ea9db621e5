using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Reproducibility;

/// <summary>What the up-to-date tests ask of a `dotnet build`: did it start `go build`, did it start `go list`.</summary>
internal static class BuildDecision
{
    public static bool RanGoList(Binlog log) => log.AllMessages.Any(m => m.Contains("/bin/go list ", StringComparison.Ordinal));

    public static void AssertNoGoProcess(TestProject project, string projectFile, string what)
    {
        var (result, log) = project.DotNetWithBinlog("build", projectFile);
        result.ShouldSucceed();
        Assert.True(log.Tasks("GoBuild").Count == 0, $"{what} ran go build");
        Assert.False(RanGoList(log), $"{what} ran go list");
    }

    /// <returns>Whether the build ran go list.</returns>
    public static bool AssertRebuilds(TestProject project, string projectFile, string what, params string[] arguments)
    {
        var (result, log) = project.DotNetWithBinlog(["build", projectFile, .. arguments]);
        result.ShouldSucceed();
        Assert.True(log.Tasks("GoBuild").Count == 1, $"{what} did not rebuild");
        return RanGoList(log);
    }
}
