using Go.Sdk.Tasks.Build;
using Go.Sdk.Tasks.Toolchain.Trust;

namespace Go.Sdk.Tasks.Tests.Build;

public sealed class BuildInputCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gosdk-cache-" + Guid.NewGuid().ToString("N"));
    private readonly string _cache;
    private readonly string[] _ignored;

    public BuildInputCacheTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "lib"));
        Directory.CreateDirectory(Path.Combine(_root, "obj"));
        Directory.CreateDirectory(Path.Combine(_root, "obj", "above"));
        File.WriteAllText(Path.Combine(_root, "main.go"), MainGo);
        File.WriteAllText(Path.Combine(_root, "go.mod"), "module example.com/app\n");
        File.WriteAllText(Path.Combine(_root, "lib", "add.c"), "int add(int a, int b) { return a + b; }\n");
        File.SetLastWriteTimeUtc(Path.Combine(_root, "go.mod"), DateTime.UtcNow.AddMinutes(-5));
        File.SetLastWriteTimeUtc(Path.Combine(_root, "lib", "add.c"), DateTime.UtcNow.AddMinutes(-5));
        File.WriteAllText(Path.Combine(_root, "lib", "lib.go"), "package lib\n");
        File.SetLastWriteTimeUtc(Path.Combine(_root, "main.go"), DateTime.UtcNow.AddMinutes(-5));
        File.SetLastWriteTimeUtc(Path.Combine(_root, "lib", "lib.go"), DateTime.UtcNow.AddMinutes(-5));
        _cache = Path.Combine(_root, "obj", "app.gobuild.inputs");
        _ignored = new[] { Path.Combine(_root, "obj") };
        var inputs = new BuildInputs(
            new[] { Path.Combine(_root, "go.mod"), Path.Combine(_root, "lib", "add.c"), Path.Combine(_root, "lib", "lib.go"), Path.Combine(_root, "main.go") },
            new[] { new WatchedDirectory(_root, false), new WatchedDirectory(Path.Combine(_root, "lib"), true) },
            new[] { Path.Combine(_root, "obj", "above", "go.work") });
        BuildInputCache.Write(_cache, "key1", DateTime.UtcNow.AddMinutes(-1), inputs, _ignored);
    }

    private const string MainGo = "package main\n\nimport (\n\t\"fmt\"\n)\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n";

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string? Stale(string key = "key1")
    {
        var files = BuildInputCache.TryRead(_cache, key, _ignored, out var reason);
        Assert.Equal(files is null, reason.Length > 0);
        return files is null ? reason : null;
    }

    [Fact]
    public void NothingChangedReusesTheList()
    {
        Assert.Null(Stale());
        Assert.Equal(4, BuildInputCache.TryRead(_cache, "key1", _ignored, out _)!.Count);
    }

    [Fact]
    public void ANewUnrelatedFileInAnIgnoredFolderOrAHiddenNameInAnUnembeddingFolderChangesNothing()
    {
        File.WriteAllText(Path.Combine(_root, "obj", "other"), "");
        File.WriteAllText(Path.Combine(_root, ".main.go.swp"), "");
        Assert.Null(Stale());
    }

    [Fact]
    public void AnotherSettingsKeyIsStale() => Assert.Equal("a build setting changed", Stale("key2"));

    [Fact]
    public void AGoFileEditedOnlyBelowItsImportsIsReusedAndRecordedAgain()
    {
        Edit("main.go", MainGo.Replace("\"hi\"", "\"hello\"") + "\nfunc other() {}\n");
        Assert.Null(Stale());
        var entry = File.ReadAllLines(_cache).Single(l => l.EndsWith(" " + Path.Combine(_root, "main.go"), StringComparison.Ordinal));
        Assert.StartsWith($"file {Sha256Hash.OfFile(Path.Combine(_root, "main.go"))} ", entry);
    }

    [Fact]
    public void TheFilesComeWithTheHashOfTheirContentsNowWhateverTheirWriteTime()
    {
        var main = Path.Combine(_root, "main.go");
        var before = BuildInputCache.TryRead(_cache, "key1", _ignored, out _)!.Single(f => f.Path == main).ContentHash;
        var writtenBefore = File.GetLastWriteTimeUtc(main);
        // Same size, same write time, other contents: what a copy that keeps times can leave behind.
        File.WriteAllText(main, MainGo.Replace("\"hi\"", "\"ho\""));
        File.SetLastWriteTimeUtc(main, writtenBefore);
        var after = BuildInputCache.TryRead(_cache, "key1", _ignored, out _)!.Single(f => f.Path == main).ContentHash;
        Assert.Equal(Sha256Hash.OfFile(main), after);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void ACacheCutShortOrEditedIsUnreadable()
    {
        var lines = File.ReadAllLines(_cache);
        File.WriteAllLines(_cache, lines.Where(l => !l.EndsWith("add.c", StringComparison.Ordinal)));
        Assert.Equal("the cached input list is unreadable", Stale());
        File.WriteAllLines(_cache, lines.Take(lines.Length - 1));
        Assert.Equal("the cached input list is unreadable", Stale());
    }

    [Theory]
    [InlineData("import (\n\t\"fmt\"\n\t\"os\"\n)", "an import")]
    [InlineData("import (\n\t\"fmt\"\n)\n\nimport _ \"embed\"", "a second import declaration")]
    [InlineData("//go:build linux\n\npackage main", "a build constraint")]
    [InlineData("func main() {", "an embed directive", "//go:embed data.txt\nvar data string\n\nfunc main() {")]
    public void AGoFileWhoseHeaderOrEmbedsChangedIsStale(string find, string what, string? replace = null)
    {
        var edited = replace is null ? MainGo.Replace(find.Contains("package") ? "package main" : "import (\n\t\"fmt\"\n)", find) : MainGo.Replace(find, replace);
        Assert.NotEqual(MainGo, edited);
        Edit("main.go", edited);
        Assert.True(Stale() == $"{Path.Combine(_root, "main.go")} changed", what);
    }

    [Fact]
    public void AnEditedCgoOrEmbeddedFileIsReusedButAnEditedModuleFileIsStale()
    {
        Edit(Path.Combine("lib", "add.c"), "int add(int a, int b) { return b + a; }\n");
        Assert.Null(Stale());
        Edit("go.mod", "module example.com/app\n\nrequire example.com/other v1.0.0\n");
        Assert.Equal($"{Path.Combine(_root, "go.mod")} changed", Stale());
    }

    [Fact]
    public void AFileWrittenWhileGoListRanCountsAsChanged()
    {
        var inputs = new BuildInputs(new[] { Path.Combine(_root, "main.go") }, Array.Empty<WatchedDirectory>(), Array.Empty<string>());
        BuildInputCache.Write(_cache, "key1", DateTime.UtcNow.AddMinutes(-10), inputs, _ignored);
        Assert.Equal($"{Path.Combine(_root, "main.go")} changed", Stale());
    }

    private void Edit(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
    }

    [Fact]
    public void ANewEntryInAWatchedFolderIsStale()
    {
        File.WriteAllText(Path.Combine(_root, "lib", ".hidden"), "");
        Assert.Equal($"the entries of {Path.Combine(_root, "lib")} changed", Stale());
    }

    [Fact]
    public void AnAbsentFileThatAppearsIsStale()
    {
        // A folder above the module is not watched; only the go.work that would take effect there is.
        File.WriteAllText(Path.Combine(_root, "obj", "above", "go.work"), "go 1.22\n");
        Assert.Equal($"{Path.Combine(_root, "obj", "above", "go.work")} appeared", Stale());
    }

    [Fact]
    public void ADeletedFileIsStale()
    {
        File.Delete(Path.Combine(_root, "lib", "lib.go"));
        Assert.NotNull(Stale());
    }

    [Fact]
    public void WithoutAKeyTheFilesAreReadUnchecked()
    {
        File.SetLastWriteTimeUtc(Path.Combine(_root, "main.go"), DateTime.UtcNow);
        Assert.Equal(4, BuildInputCache.TryRead(_cache, null, _ignored, out _)!.Count);
    }

    [Fact]
    public void AMissingOrForeignCacheIsStale()
    {
        File.WriteAllText(_cache, "something else\n");
        Assert.Equal("the cached input list is unreadable", Stale());
        File.Delete(_cache);
        Assert.Equal("no cached input list", Stale());
    }
}
