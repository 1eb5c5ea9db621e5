using Go.Sdk.Tasks.Build;

namespace Go.Sdk.Tasks.Tests.Build;

public class GoListReaderTests
{
    // Real `go list -e -deps -json=…` output (Go 1.22) of /tmp/gl/app: a main package, a cgo package with an
    // embedded file and an ignored file, a module replaced by ../shared, and the standard library.
    private static readonly IReadOnlyList<GoListPackage> Packages = GoListReader.Read(
        File.ReadAllText(Path.Combine("TestData", "Build", "golist-replace-embed-cgo.json")), "/tmp/gl/app");

    [Fact]
    public void EveryPackageIsRead() => Assert.Equal(50, Packages.Count);

    [Fact]
    public void OnlyMainAndReplacedByFolderPackagesAreLocal() =>
        Assert.Equal(
            new[] { "example.com/app/lib", "example.com/shared", "example.com/app" },
            Packages.Where(p => p.IsLocal).Select(p => p.ImportPath));

    [Fact]
    public void CgoEmbeddedAndIgnoredFilesAreListed()
    {
        var lib = Packages.Single(p => p.ImportPath == "example.com/app/lib");
        Assert.Equal(new[] { "add.c", "add.h", "data/greeting.txt", "lib.go", "skip.go" }, lib.Files.OrderBy(f => f, StringComparer.Ordinal));
        Assert.True(lib.Embeds);
        Assert.Equal("/tmp/gl/app", lib.ModuleDirectory);
    }

    [Fact]
    public void AReplacementByFolderBelongsToThatFolder() =>
        Assert.Equal("/tmp/gl/shared", Packages.Single(p => p.ImportPath == "example.com/shared").ModuleDirectory);

    [Fact]
    public void ModuleCachePackagesAreNotLocalButVendoredOnesAre()
    {
        var json = """
            {"Dir": "/home/u/go/pkg/mod/example.com/dep@v1.0.0", "ImportPath": "example.com/dep", "Module": {"Path": "example.com/dep", "Version": "v1.0.0"}, "GoFiles": ["dep.go"]}
            {"Dir": "/m/vendor/example.com/v", "ImportPath": "example.com/v", "Module": {"Path": "example.com/v", "Version": "v1.0.0"}, "GoFiles": ["v.go"]}
            """;

        var packages = GoListReader.Read(json, "/m");

        Assert.False(packages[0].IsLocal);
        Assert.True(packages[1].IsLocal);
        Assert.Equal("/m", packages[1].ModuleDirectory);
    }

    [Fact]
    public void ErrorsOfThePackageOrItsDependenciesAreKept()
    {
        var json = """
            {"ImportPath": "a", "Dir": "/m", "Module": {"Main": true, "Dir": "/m"}, "DepsErrors": [{"Err": "no required module provides package x"}]}
            {"ImportPath": "b {\"}", "Dir": "/m/b", "Error": {"Err": "bad"}}
            """;

        var packages = GoListReader.Read(json, "/m");

        Assert.Equal(new[] { "no required module provides package x", "bad" }, packages.Select(p => p.Error));
        Assert.Equal("b {\"}", packages[1].ImportPath);
    }

    [Fact]
    public void TruncatedOutputIsAnError() =>
        Assert.Throws<FormatException>(() => GoListReader.Read("{\"ImportPath\": \"a\"", "/m"));
}
