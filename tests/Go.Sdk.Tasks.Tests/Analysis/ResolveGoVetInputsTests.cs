using Go.Sdk.Tasks.Analysis;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks.Tests.Analysis;

/// <summary>What vet checks and the hash of the files it reads beyond the build's, on a module in a temp folder.</summary>
public sealed class ResolveGoVetInputsTests : IDisposable
{
    private readonly string _module = Path.Combine(Path.GetTempPath(), "gosdk-vet-inputs-" + Guid.NewGuid().ToString("N"));

    public ResolveGoVetInputsTests()
    {
        Directory.CreateDirectory(Path.Combine(_module, "lib"));
        Write("go.mod", "module example.com/m\n\ngo 1.22\n");
        Write("lib/lib.go", "package lib\n");
        Write("lib/lib_test.go", "package lib\n");
    }

    public void Dispose() => Directory.Delete(_module, recursive: true);

    private string PathOf(string relative) => Path.Combine(_module, relative);

    private void Write(string relative, string content) => File.WriteAllText(PathOf(relative), content);

    private ResolveGoVetInputs Resolve(string[]? vetPackages = null, params string[] projectFiles)
    {
        var engine = new RecordingBuildEngine();
        var task = new ResolveGoVetInputs
        {
            BuildEngine = engine,
            ModuleDirectory = _module,
            BuildInputs = new[] { "go.mod", "lib/lib.go" }.Select(f => (ITaskItem)new TaskItem(PathOf(f))).ToArray(),
            VetPackages = vetPackages ?? Array.Empty<string>(),
            ProjectFiles = projectFiles.Select(f => (ITaskItem)new TaskItem(PathOf(f))).ToArray(),
        };
        Assert.True(task.Execute(), engine.AllText);
        return task;
    }

    [Fact]
    public void TheTestFilesHashFollowsTheirContentsNotTheirWriteTimes()
    {
        var first = Resolve();
        Assert.Equal(new[] { "./lib" }, first.Packages);
        Assert.Equal(new[] { "go.mod", "lib/lib.go", "lib/lib_test.go" }.Select(PathOf), first.InputFiles.Select(i => i.ItemSpec));
        Assert.Equal(first.VetOnlyInputsHash, Resolve().VetOnlyInputsHash);

        // Same write time, other contents: a file replaced by an older copy.
        var written = File.GetLastWriteTimeUtc(PathOf("lib/lib_test.go"));
        Write("lib/lib_test.go", "package lib_test\n");
        File.SetLastWriteTimeUtc(PathOf("lib/lib_test.go"), written);
        var edited = Resolve();
        Assert.NotEqual(first.VetOnlyInputsHash, edited.VetOnlyInputsHash);

        File.Delete(PathOf("lib/lib_test.go"));
        var deleted = Resolve();
        Assert.NotEqual(edited.VetOnlyInputsHash, deleted.VetOnlyInputsHash);
        Assert.NotEqual(first.VetOnlyInputsHash, deleted.VetOnlyInputsHash);
    }

    [Fact]
    public void ABuildInputChangeIsLeftToTheBuildsHash()
    {
        var first = Resolve();
        Write("lib/lib.go", "package lib\n\nconst X = 1\n");
        Assert.Equal(first.VetOnlyInputsHash, Resolve().VetOnlyInputsHash);
    }

    [Fact]
    public void GoVetPackagesVetsThosePatternsAndReadsEveryGoFileOfTheProject()
    {
        Directory.CreateDirectory(PathOf("tools"));
        Write("tools/tools.go", "package tools\n");

        var task = Resolve(new[] { "./..." }, "lib/lib.go", "lib/lib_test.go", "tools/tools.go");

        Assert.Equal(new[] { "./..." }, task.Packages);
        Assert.Equal(new[] { "go.mod", "lib/lib.go", "lib/lib_test.go", "tools/tools.go" }.Select(PathOf), task.InputFiles.Select(i => i.ItemSpec));
        var before = task.VetOnlyInputsHash;
        Write("tools/tools.go", "package tools\n\nconst Y = 2\n");
        Assert.NotEqual(before, Resolve(new[] { "./..." }, "lib/lib.go", "lib/lib_test.go", "tools/tools.go").VetOnlyInputsHash);
    }
}
