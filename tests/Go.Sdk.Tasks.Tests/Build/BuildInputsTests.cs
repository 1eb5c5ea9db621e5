using Go.Sdk.Tasks.Build;

namespace Go.Sdk.Tasks.Tests.Build;

public class BuildInputsTests
{
    private static readonly HashSet<string> Existing = new()
    {
        "/ws/app/go.mod", "/ws/app/go.sum", "/ws/shared/go.mod", "/ws/go.work",
    };

    private static BuildInputs Inputs(string? goWork = null) => BuildInputs.From(
        new[]
        {
            new GoListPackage("example.com/app", "/ws/app", true, "/ws/app", new[] { "main.go" }, false, null),
            new GoListPackage("example.com/app/lib", "/ws/app/lib", true, "/ws/app", new[] { "lib.go", "add.c", "static/css/site.css" }, true, null),
            new GoListPackage("example.com/shared", "/ws/shared", true, "/ws/shared", new[] { "shared.go" }, false, null),
            new GoListPackage("fmt", "/go/src/fmt", false, null, new[] { "print.go" }, false, null),
        },
        "/ws/app", goWork, Existing.Contains);

    [Fact]
    public void LocalPackageFilesAndModuleFilesAreInputsButTheStandardLibraryIsNot() =>
        Assert.Equal(
            new[]
            {
                "/ws/app/go.mod", "/ws/app/go.sum", "/ws/app/lib/add.c", "/ws/app/lib/lib.go", "/ws/app/lib/static/css/site.css",
                "/ws/app/main.go", "/ws/go.work", "/ws/shared/go.mod", "/ws/shared/shared.go",
            },
            Inputs().Files);

    [Fact]
    public void PackageAndModuleFoldersAreWatchedAndEmbeddedFoldersIncludingHiddenNames() =>
        Assert.Equal(
            new[]
            {
                new WatchedDirectory("/ws/app", false), new WatchedDirectory("/ws/app/lib", true),
                new WatchedDirectory("/ws/app/lib/static", true), new WatchedDirectory("/ws/app/lib/static/css", true),
                new WatchedDirectory("/ws/shared", false),
            },
            Inputs().WatchedDirectories);

    [Fact]
    public void TheGoWorkSearchRecordsEveryFolderWithoutOne() =>
        Assert.Equal(new[] { "/ws/app/go.work" }, Inputs().AbsentFiles);

    [Fact]
    public void GoWorkOffUsesNoWorkspace()
    {
        var inputs = Inputs("off");
        Assert.DoesNotContain("/ws/go.work", inputs.Files);
        Assert.Empty(inputs.AbsentFiles);
    }

    [Fact]
    public void AnExplicitGoWorkIsTakenRelativeToTheModule()
    {
        var inputs = Inputs("../go.work");
        Assert.Contains("/ws/go.work", inputs.Files);
        Assert.Empty(inputs.AbsentFiles);
    }
}
