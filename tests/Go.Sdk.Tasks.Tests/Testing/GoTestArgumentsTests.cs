using Go.Sdk.Tasks.Testing.Filters;
using Go.Sdk.Tasks.Testing.Running;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Testing;

public sealed class GoTestArgumentsTests
{
    [Fact]
    public void DefaultRunTestsEveryPackageOfTheModule()
    {
        Assert.Equal(new[] { "test", "-json", "./..." }, GoTestArguments.ForRun(new GoTestSettings(), TestSelection.All));
    }

    [Fact]
    public void SettingsFilterAndCoverageBecomeFlagsBeforeTheUsersOwn()
    {
        GoTestSettings settings = new()
        {
            Packages = new[] { "./pass/...", "./lib" },
            Flags = "-count=1 -run 'Only This'",
            Timeout = " 90s ",
            Race = true,
            Tags = new[] { "integration", " ", "linux" },
            ModMode = "readonly",
            CoverProfile = "/obj/cover.out",
            CoverPackages = new[] { "./...", "example.com/other/..." },
        };

        var args = GoTestArguments.ForRun(settings, new TestSelection("^TestA$", "Slow", Array.Empty<string>()));

        Assert.Equal(new[]
        {
            "test", "-json", "-mod=readonly", "-tags=integration,linux", "-race", "-timeout=90s",
            "-run=^TestA$", "-skip=Slow",
            "-covermode=atomic", "-coverpkg=./...,example.com/other/...", "-coverprofile=/obj/cover.out",
            "-count=1", "-run", "Only This",
            "./pass/...", "./lib",
        }, args);
    }

    [Fact]
    public void FilterPinningPackagesReplacesTheProjectsPackages()
    {
        GoTestSettings settings = new() { Packages = new[] { "./..." } };

        var args = GoTestArguments.ForRun(settings, new TestSelection("^TestA$", null, new[] { "example.com/m/p" }));

        Assert.Equal(new[] { "test", "-json", "-run=^TestA$", "example.com/m/p" }, args);
    }

    [Theory]
    [InlineData(null, "-list=.")]
    [InlineData("^TestA$/^one$", "-list=^TestA$")]
    public void ListTakesTheTopLevelPartOfTheFilter(string? run, string expected)
    {
        var args = GoTestArguments.ForList(new GoTestSettings { CoverProfile = "/ignored" }, new TestSelection(run, null, Array.Empty<string>()));

        Assert.Equal(new[] { "test", "-json", expected, "./..." }, args);
    }
}
