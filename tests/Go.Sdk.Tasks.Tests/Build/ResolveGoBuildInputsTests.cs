using Go.Sdk.Tasks.Build;
using Go.Sdk.Tasks.Tests.Publishing;

namespace Go.Sdk.Tasks.Tests.Build;

/// <summary>The task with the real Go 1.22 on a small module: it lists once, then answers from the cache.</summary>
public sealed class ResolveGoBuildInputsTests : IDisposable
{
    private const string GoRoot = "/usr/lib/go-1.22";
    private readonly string _module = Path.Combine(Path.GetTempPath(), "gosdk-inputs-" + Guid.NewGuid().ToString("N"));

    public ResolveGoBuildInputsTests()
    {
        Directory.CreateDirectory(Path.Combine(_module, "lib"));
        File.WriteAllText(Path.Combine(_module, "go.mod"), "module example.com/m\n\ngo 1.21\n");
        File.WriteAllText(Path.Combine(_module, "main.go"), "package main\n\nimport \"example.com/m/lib\"\n\nfunc main() { lib.F() }\n");
        File.WriteAllText(Path.Combine(_module, "lib", "lib.go"), "package lib\n\nfunc F() {}\n");
        File.WriteAllText(Path.Combine(_module, "README.md"), "");
        foreach (var file in Directory.GetFiles(_module, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(-1));
        }
    }

    public void Dispose() => Directory.Delete(_module, recursive: true);

    private ResolveGoBuildInputs Run(string key = "k", params string[] packages)
    {
        var task = new ResolveGoBuildInputs
        {
            BuildEngine = new RecordingBuildEngine(),
            GoExecutable = Path.Combine(GoRoot, "bin", "go"),
            GoRoot = GoRoot,
            WorkingDirectory = _module,
            EnvironmentVariables = new[] { "GOFLAGS=-mod=mod", "CGO_ENABLED=0" },
            CacheFile = Path.Combine(_module, "obj", "m.gobuild.inputs"),
            SettingsKey = key,
            IgnoredPaths = new[] { Path.Combine(_module, "obj") },
            Packages = packages.Length == 0 ? new[] { "." } : packages,
        };
        Assert.True(task.Execute());
        return task;
    }

    [Fact]
    public void ListsTheLocalFilesOnceThenReusesTheAnswer()
    {
        var first = Run();
        Assert.True(first.Listed);
        Assert.Equal(
            new[] { "go.mod", "lib/lib.go", "main.go" },
            first.InputFiles.Select(i => Path.GetRelativePath(_module, i.ItemSpec)).OrderBy(p => p, StringComparer.Ordinal));

        File.SetLastWriteTimeUtc(Path.Combine(_module, "README.md"), DateTime.UtcNow);
        var second = Run();
        Assert.False(second.Listed);
        Assert.Equal(first.InputFiles.Select(i => i.ItemSpec), second.InputFiles.Select(i => i.ItemSpec));

        Assert.True(Run("another key").Listed);
    }

    [Fact]
    public void WithADotDotDotPatternANewPackageBelowAFolderThatIsNoPackageIsNoticed()
    {
        Directory.CreateDirectory(Path.Combine(_module, "pkg", "a"));
        File.WriteAllText(Path.Combine(_module, "pkg", "a", "a.go"), "package a\n");
        Assert.True(Run("k", "./...").Listed);
        Assert.False(Run("k", "./...").Listed);

        // pkg/ holds no Go file, so it is no package; a new package in it must still be listed.
        Directory.CreateDirectory(Path.Combine(_module, "pkg", "b"));
        File.WriteAllText(Path.Combine(_module, "pkg", "b", "b.go"), "package b\n");
        var again = Run("k", "./...");
        Assert.True(again.Listed);
        Assert.Contains(again.InputFiles, i => i.ItemSpec == Path.Combine(_module, "pkg", "b", "b.go"));

        // obj/ is never watched: a build's own output does not make the next build list again.
        Directory.CreateDirectory(Path.Combine(_module, "obj", "x"));
        Assert.False(Run("k", "./...").Listed);
    }

    [Fact]
    public void ArgumentsMatchTheBuildsTagsAndModMode()
    {
        var task = new ResolveGoBuildInputs { Packages = new[] { "./cmd/x" }, Tags = "a;b", ModMode = "readonly" };
        Assert.Equal(
            new[] { "list", "-e", "-deps", "-json=" + string.Join(",", GoListReader.Fields), "-mod=readonly", "-tags=a,b", "./cmd/x" },
            task.ListArguments());
    }
}
