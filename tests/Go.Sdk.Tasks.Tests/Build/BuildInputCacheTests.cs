using Go.Sdk.Tasks.Build;

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
        File.WriteAllText(Path.Combine(_root, "main.go"), "package main\n");
        File.WriteAllText(Path.Combine(_root, "lib", "lib.go"), "package lib\n");
        File.SetLastWriteTimeUtc(Path.Combine(_root, "main.go"), DateTime.UtcNow.AddMinutes(-5));
        File.SetLastWriteTimeUtc(Path.Combine(_root, "lib", "lib.go"), DateTime.UtcNow.AddMinutes(-5));
        _cache = Path.Combine(_root, "obj", "app.gobuild.inputs");
        _ignored = new[] { Path.Combine(_root, "obj") };
        var inputs = new BuildInputs(
            new[] { Path.Combine(_root, "lib", "lib.go"), Path.Combine(_root, "main.go") },
            new[] { new WatchedDirectory(_root, false), new WatchedDirectory(Path.Combine(_root, "lib"), true) },
            new[] { Path.Combine(_root, "obj", "above", "go.work") });
        BuildInputCache.Write(_cache, "key1", DateTime.UtcNow.AddMinutes(-1), inputs, _ignored);
    }

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
        Assert.Equal(2, BuildInputCache.TryRead(_cache, "key1", _ignored, out _)!.Count);
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
    public void AnEditedFileIsStale()
    {
        File.SetLastWriteTimeUtc(Path.Combine(_root, "main.go"), DateTime.UtcNow);
        Assert.Equal($"{Path.Combine(_root, "main.go")} changed", Stale());
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
        Assert.Equal(2, BuildInputCache.TryRead(_cache, null, _ignored, out _)!.Count);
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
