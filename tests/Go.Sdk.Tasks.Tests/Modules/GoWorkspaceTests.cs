using Go.Sdk.Tasks.Modules;
using Go.Sdk.Tasks.Tests.Toolchain.Installation;

namespace Go.Sdk.Tasks.Tests.Modules;

/// <summary>The go.work Go.Sdk writes for a project that references other Go projects.</summary>
public sealed class GoWorkspaceTests : IDisposable
{
    private readonly TempFolder _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void EveryModuleIsUsedWithAGoLineNoOlderThanAnyOfThem()
    {
        Write("app/go.mod", "module example.com/app\n\ngo 1.21\n");
        Write("my lib/go.mod", "module example.com/lib\n\ngo 1.22.3\n");

        var work = GoWorkspace.Generate([_repo.Combine("app"), _repo.Combine("my lib")], repositoryWorkFile: null);

        Assert.Contains("\ngo 1.22.3\n", work);
        Assert.Contains($"use (\n\t\"{_repo.Combine("app")}\"\n\t\"{_repo.Combine("my lib")}\"\n)\n", work);
    }

    [Fact]
    public void TheRepositoriesGoWorkIsMergedWithItsRelativePathsMadeAbsolute()
    {
        Write("app/go.mod", "module example.com/app\n\ngo 1.21\n");
        Write("go.work", """
            go 1.23 // newest

            toolchain go1.23.4

            use (
            	./tools
            	"./app"
            )
            use ./other

            replace example.com/x => ./forks/x
            replace example.com/y v1.0.0 => example.com/z v1.1.0
            """);

        var work = GoWorkspace.Generate([_repo.Combine("app")], _repo.Combine("go.work"));

        Assert.Contains("\ngo 1.23\n", work);
        Assert.Contains("toolchain go1.23.4\n", work);
        Assert.Contains($"replace example.com/x => \"{_repo.Combine("forks", "x")}\"\n", work);
        Assert.Contains("replace example.com/y v1.0.0 => example.com/z v1.1.0\n", work);
        Assert.Contains($"use (\n\t\"{_repo.Combine("app")}\"\n\t\"{_repo.Combine("other")}\"\n\t\"{_repo.Combine("tools")}\"\n)\n", work);
    }

    private void Write(string relative, string text) => _repo.Write(relative, System.Text.Encoding.UTF8.GetBytes(text));
}
