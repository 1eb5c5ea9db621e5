using Go.Sdk.Tasks.Build;
using Go.Sdk.Tasks.Tests.Toolchain.Installation;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Tests.Build;

/// <summary>
/// What go build printed reaches the log once: as messages when it succeeded, inside the one failure error when
/// it failed, with a hint when Go's message names no file. The "go" here is a shell script.
/// </summary>
public sealed class GoBuildOutputTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose()
    {
        _engine.EndBuild();
        _folder.Dispose();
    }

    [Fact]
    public void AFailureThatNamesNoFileIsOneErrorWithGosLineAndAHint()
    {
        var build = Build(FakeGo.Write(_folder, "echo '-buildmode=exe requires exactly one main package' >&2\nexit 1"));

        Assert.False(build.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("GOSDK0202", error.Code);
        Assert.StartsWith("'go build' exited with code 1. -buildmode=exe requires exactly one main package. GoPackage '.' is not a main package.", error.Message);
        Assert.Contains("./cmd/<name>", error.Message);
        Assert.DoesNotContain(_engine.Messages, m => m.Message!.Contains("requires exactly one main package"));
    }

    [Fact]
    public void LinesOfASuccessfulBuildAreShownAndAStampIsWrittenForACompileOnlyBuild()
    {
        var stamp = _folder.Combine("obj", "lib.gobuild.stamp");
        var build = Build(FakeGo.Write(_folder, "echo 'go: downloading example.com/dep v1.0.0' >&2\nexit 0"), outputFile: stamp);
        build.CompileOnly = true;

        Assert.True(build.Execute(), _engine.AllText);

        Assert.Single(_engine.Messages, m => m.Importance == MessageImportance.High && m.Message == "go: downloading example.com/dep v1.0.0");
        Assert.True(File.Exists(stamp));
    }

    [Fact]
    public void ALibraryCompilesIntoTheNullDeviceAndCommandsIntoAFolder()
    {
        var library = Build("go");
        library.CompileOnly = true;
        library.Packages = ["./..."];
        var arguments = library.BuildArguments();
        Assert.Equal(["build", "-o", "/dev/null"], arguments.Take(3));
        Assert.DoesNotContain(arguments, a => a.StartsWith("-buildmode", StringComparison.Ordinal));
        Assert.Equal("./...", arguments.Last());

        var commands = Build("go");
        commands.CommandsDirectory = _folder.Combine("obj", "commands");
        commands.Packages = ["./cmd/a", "./cmd/b"];
        arguments = commands.BuildArguments();
        Assert.Equal(["build", "-o", _folder.Combine("obj", "commands") + "/"], arguments.Take(3));
        // An explicit -buildmode=exe would allow one main package only.
        Assert.DoesNotContain(arguments, a => a.StartsWith("-buildmode", StringComparison.Ordinal));
        Assert.Equal(["./cmd/a", "./cmd/b"], arguments.TakeLast(2));
        commands.BuildMode = "pie";
        Assert.Contains("-buildmode=pie", commands.BuildArguments());
    }

    private GoBuild Build(string go, string? outputFile = null) => new()
    {
        BuildEngine = _engine,
        GoExecutable = go,
        GoRoot = _folder.Path,
        WorkingDirectory = _folder.Path,
        OutputFile = outputFile ?? _folder.Combine("obj", "app"),
    };
}
