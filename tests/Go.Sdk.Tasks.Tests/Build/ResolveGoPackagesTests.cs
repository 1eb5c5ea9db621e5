using Go.Sdk.Tasks.Build;
using Go.Sdk.Tasks.Tests.Toolchain.Installation;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks.Tests.Build;

/// <summary>
/// What a project builds, read from package clauses: a main package is a program, a pattern or several packages
/// with main packages are commands (named as go build names them), anything else is a library.
/// </summary>
public sealed class ResolveGoPackagesTests : IDisposable
{
    private readonly TempFolder _module = new();
    private readonly RecordingBuildEngine _engine = new();

    public ResolveGoPackagesTests()
    {
        Write("go.mod", "module example.com/tool/v2\n\ngo 1.21\n");
    }

    public void Dispose() => _module.Dispose();

    [Fact]
    public void AMainPackageAtTheRootIsOneProgramAsNamed()
    {
        Write("main.go", "// Copyright\n\n/* block */\npackage main\n\nfunc main() {}\n");
        Write("main_test.go", "package main_test\n");

        var task = Run(".");

        Assert.Equal((ResolveGoPackages.Program, "."), Kind(task));
        Assert.Empty(task.CommandBinaries);
    }

    [Fact]
    public void ARootThatIsNoMainPackageOrHasNoGoFilesMakesALibraryOfTheWholeModule()
    {
        Write("lib.go", "package lib\n");
        // A generator beside the library is no build's file; a test-only main package neither.
        Write("gen.go", "//go:build ignore\n\npackage main\n");
        Write("x_test.go", "package main\n");
        Assert.Equal((ResolveGoPackages.Library, "./..."), Kind(Run(".")));

        File.Delete(_module.Combine("lib.go"));
        File.Delete(_module.Combine("gen.go"));
        Write("cmd/tool/main.go", "package main\n");
        Assert.Equal((ResolveGoPackages.Library, "./..."), Kind(Run()));
    }

    [Fact]
    public void ANamedNonMainPackageIsALibraryOfThatPackage()
    {
        Write("pkg/a/a.go", "package a\n");

        Assert.Equal((ResolveGoPackages.Library, "./pkg/a"), Kind(Run("example.com/tool/v2/pkg/a")));
    }

    [Fact]
    public void APatternBuildsEveryMainPackageItMatchesNamedAfterItsFolder()
    {
        Write("cmd/a/main.go", "package main\n");
        Write("cmd/b/b.go", "// +build linux\n\npackage main\n");
        Write("cmd/internal/shared/shared.go", "package shared\n");
        Write("cmd/testdata/c/main.go", "package main\n");
        Write("cmd/_old/main.go", "package main\n");
        Write("cmd/nested/go.mod", "module example.com/nested\n");
        Write("cmd/nested/main.go", "package main\n");
        Write("cmd/v3/main.go", "package main\n");

        var task = RunWithExtension("./cmd/...", ".exe");

        Assert.Equal(ResolveGoPackages.Commands, task.Kind);
        Assert.Equal(["./cmd/a", "./cmd/b", "./cmd/v3"], task.BuildPackages);
        // cmd/v3 is a major version element, so Go names it after the folder above: cmd.
        Assert.Equal(["a", "b", "cmd"], task.CommandBinaries.Select(c => c.GetMetadata("CommandName")));
        Assert.Equal(Path.Combine(_module.Path, "obj", "commands", "a.exe"), task.CommandBinaries[0].ItemSpec);
        Assert.Equal(Path.Combine(_module.Path, "bin", "a.exe"), task.CommandBinaries[0].GetMetadata("OutputPath"));
        Assert.Equal("./cmd/b", task.CommandBinaries[1].GetMetadata("Package"));
    }

    [Fact]
    public void SeveralPackagesWithoutAMainPackageAreALibraryOfThem()
    {
        Write("a/a.go", "package a\n");
        Write("b/b.go", "package b\n");

        Assert.Equal((ResolveGoPackages.Library, "./a ./b"), Kind(Run("./a", "./b")));
    }

    [Fact]
    public void BadPatternsAreCodedErrors()
    {
        Write("cmd/x/main.go", "package main\n");
        Write("tools/x/main.go", "package main\n");

        Assert.Equal("GOSDK0223", Fails("./nothing/..."));
        Assert.Equal("GOSDK0225", Fails("./cmd/...", "./tools/..."));
        Assert.Equal("GOSDK0226", Fails("./cmd/...", "golang.org/x/tools/cmd/stringer"));
        Assert.Equal("GOSDK0224", Fails(buildMode: "c-shared", packages: ["./cmd/x", "./tools/x"]));
    }

    [Fact]
    public void APackageOfAnotherModuleOrAMissingFolderIsLeftToGoBuild()
    {
        Assert.Equal((ResolveGoPackages.Program, "golang.org/x/tools/cmd/stringer"), Kind(Run("golang.org/x/tools/cmd/stringer")));
        Assert.Equal((ResolveGoPackages.Program, "./missing"), Kind(Run("./missing")));
    }

    [Fact]
    public void DotnetRunPicksTheCommandNamedOrTheOnlyOneAndSaysHowToChoose()
    {
        var commands = new ITaskItem[] { Command("a"), Command("b") };

        Assert.Equal("/bin/b", RunCommand(commands, "b").Program);
        Assert.Equal("/bin/a", RunCommand(commands, "./cmd/a").Program);
        Assert.Equal("/bin/a", RunCommand(commands, "cmd/a/").Program);
        Assert.Equal("/bin/b", RunCommand([commands[1]], null).Program);
        Assert.Equal("GOSDK0221", RunCommandFails(commands, null));
        Assert.Equal("GOSDK0222", RunCommandFails(commands, "c"));
        Assert.Equal("GOSDK0220", RunCommandFails([], null, ResolveGoPackages.Library));
        Assert.Contains("./cmd/a, ./cmd/b", _engine.Errors.Last().Message);
    }

    private static ITaskItem Command(string name) => new TaskItem("/obj/commands/" + name, new Dictionary<string, string>
    {
        ["CommandName"] = name,
        ["Package"] = "./cmd/" + name,
        ["OutputPath"] = "/bin/" + name,
    });

    private ResolveGoRunCommand RunCommand(ITaskItem[] commands, string? chosen, string kind = ResolveGoPackages.Commands)
    {
        var task = new ResolveGoRunCommand
        {
            BuildEngine = _engine,
            ProjectName = "tool",
            Kind = kind,
            Commands = commands,
            ModuleCommands = [Command("a"), Command("b")],
            RunCommand = chosen,
        };
        task.Execute();
        return task;
    }

    private string RunCommandFails(ITaskItem[] commands, string? chosen, string kind = ResolveGoPackages.Commands)
    {
        int before = _engine.Errors.Count;
        RunCommand(commands, chosen, kind);
        Assert.Equal(before + 1, _engine.Errors.Count);
        return _engine.Errors.Last().Code;
    }

    private static (string, string) Kind(ResolveGoPackages task) => (task.Kind, string.Join(" ", task.BuildPackages));

    private ResolveGoPackages Run(params string[] packages) => Run(packages, "");

    private ResolveGoPackages RunWithExtension(string package, string executableExtension) => Run([package], executableExtension);

    private ResolveGoPackages Run(string[] packages, string executableExtension, string buildMode = "exe", bool succeed = true)
    {
        var task = new ResolveGoPackages
        {
            BuildEngine = _engine,
            ModuleDirectory = _module.Path,
            Packages = packages,
            BuildMode = buildMode,
            ExecutableExtension = executableExtension,
            CommandsDirectory = _module.Combine("obj", "commands"),
            OutputDirectory = _module.Combine("bin"),
        };
        Assert.Equal(succeed, task.Execute());
        return task;
    }

    private string Fails(params string[] packages) => Fails("exe", packages);

    private string Fails(string buildMode, string[] packages)
    {
        int before = _engine.Errors.Count;
        Run(packages, "", buildMode, succeed: false);
        Assert.Equal(before + 1, _engine.Errors.Count);
        return _engine.Errors.Last().Code;
    }

    private void Write(string relative, string text) => _module.Write(relative, System.Text.Encoding.UTF8.GetBytes(text));
}
