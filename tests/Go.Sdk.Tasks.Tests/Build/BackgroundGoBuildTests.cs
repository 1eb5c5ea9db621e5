using Go.Sdk.Tasks.Build;
using Go.Sdk.Tasks.Tests.Toolchain.Installation;

namespace Go.Sdk.Tasks.Tests.Build;

/// <summary>
/// A matrix's go builds start in the background (GoBuild Background=true) and are finished by WaitForGoBuild,
/// which must report them exactly as a GoBuild that waited itself. The "go" here is a shell script.
/// </summary>
public sealed class BackgroundGoBuildTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose()
    {
        _engine.EndBuild();
        _folder.Dispose();
    }

    [Fact]
    public void StartReturnsBeforeGoExitsAndTheWaitReportsItsMessagesAndFailure()
    {
        var release = _folder.Combine("release");
        var go = FakeGo.Write(_folder, $"""
            while [ ! -e '{release}' ]; do sleep 0.05; done
            echo '# example.com/m'
            echo './main.go:3:9: undefined: nope' >&2
            exit 1
            """);

        var start = Build(go, background: true);
        Assert.True(start.Execute(), _engine.AllText);
        Assert.True(start.StartedInBackground);
        Assert.Empty(_engine.Errors);

        File.WriteAllText(release, "");
        Assert.False(Wait().Execute());

        var compilerError = Assert.Single(_engine.Errors, e => e.Code == "GOSDK0201");
        Assert.Equal((Path.Combine(_folder.Path, "main.go"), 3, 9, "undefined: nope"), (compilerError.File, compilerError.LineNumber, compilerError.ColumnNumber, compilerError.Message));
        Assert.Single(_engine.Errors, e => e.Code == "GOSDK0202");
        Assert.Equal(1, _engine.Yields);
    }

    [Fact]
    public void TheWaitReportsWhatAWaitingGoBuildReports()
    {
        var go = FakeGo.Write(_folder, """
            echo 'go: downloading example.com/dep v1.0.0' >&2
            echo 'hello.c:1:2: warning: a C warning' >&2
            exit 0
            """);

        Assert.True(Build(go, background: false).Execute(), _engine.AllText);
        var waited = _engine.AllText;
        var engine = new RecordingBuildEngine();
        try
        {
            Assert.True(Build(go, background: true, engine).Execute());
            Assert.True(Wait(engine).Execute(), engine.AllText);
            Assert.Equal(Reported(_engine), Reported(engine));
            Assert.Single(engine.Warnings, w => w.Code == "GOSDK0201");
        }
        finally
        {
            engine.EndBuild();
        }
        Assert.Contains("go: downloading example.com/dep v1.0.0", waited);
    }

    [Fact]
    public void WaitingWithoutAStartedBuildIsACodedError()
    {
        Assert.False(Wait().Execute());
        var error = Assert.Single(_engine.Errors);
        Assert.Equal("GOSDK0207", error.Code);
        Assert.Contains(Output, error.Message);
    }

    [Fact]
    public void ABuildNobodyWaitsForEndsWithTheMSBuildBuild()
    {
        var pidFile = _folder.Combine("pid");
        var go = FakeGo.Write(_folder, $"echo $$ > '{pidFile}'\nexec sleep 60\n");

        Assert.True(Build(go, background: true).Execute());
        var pid = WaitForPid(pidFile);
        _engine.EndBuild();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Directory.Exists($"/proc/{pid}") && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }
        Assert.False(Directory.Exists($"/proc/{pid}"), "the background go build outlived the build");
    }

    private string Output => _folder.Combine("obj", "app");

    private GoBuild Build(string go, bool background, RecordingBuildEngine? engine = null) => new()
    {
        BuildEngine = engine ?? _engine,
        GoExecutable = go,
        GoRoot = _folder.Path,
        WorkingDirectory = _folder.Path,
        OutputFile = Output,
        Background = background,
    };

    private WaitForGoBuild Wait(RecordingBuildEngine? engine = null) => new()
    {
        BuildEngine = engine ?? _engine,
        OutputFile = Output,
        WorkingDirectory = _folder.Path,
    };

    private static int WaitForPid(string pidFile)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid))
            {
                return pid;
            }
            Thread.Sleep(20);
        }
        throw new TimeoutException("the fake go never started");
    }

    /// <summary>Errors, warnings and high-importance messages, without the command line both log first.</summary>
    private static string?[] Reported(RecordingBuildEngine engine) =>
        engine.Errors.Select(e => $"error {e.Code} {e.File}({e.LineNumber},{e.ColumnNumber}) {e.Message}")
            .Concat(engine.Warnings.Select(w => $"warning {w.Code} {w.File}({w.LineNumber},{w.ColumnNumber}) {w.Message}"))
            .Concat(engine.Messages.Where(m => m.Importance == Microsoft.Build.Framework.MessageImportance.High).Select(m => m.Message))
            .ToArray();
}
