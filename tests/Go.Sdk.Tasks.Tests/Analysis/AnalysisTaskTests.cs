using Go.Sdk.Tasks.Analysis;

namespace Go.Sdk.Tasks.Tests.Analysis;

/// <summary>GoVet and GoFormat with the real Go 1.22 toolchain on a small module in a temp folder.</summary>
public sealed class AnalysisTaskTests : IDisposable
{
    private const string GoRoot = "/usr/lib/go-1.22";
    private readonly string _module = Path.Combine(Path.GetTempPath(), "gosdk-analysis-" + Guid.NewGuid().ToString("N"));

    public AnalysisTaskTests()
    {
        Directory.CreateDirectory(_module);
        Write("go.mod", "module example.com/m\n\ngo 1.21\n");
        Write("main.go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Printf(\"%d\\n\", \"text\")\n}\n");
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _module, _module + "-moved", _module + "-gocache" }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void Write(string relative, string content) => File.WriteAllText(Path.Combine(_module, relative), content);

    private (bool Succeeded, RecordingBuildEngine Log, GoVet Task) Vet(string? noWarn = null, bool treatWarningsAsErrors = false, string? goExecutable = null,
        string? module = null, string[]? packages = null, string? goCache = null)
    {
        var engine = new RecordingBuildEngine();
        var task = new GoVet
        {
            BuildEngine = engine,
            GoExecutable = goExecutable ?? Path.Combine(GoRoot, "bin", "go"),
            GoRoot = GoRoot,
            WorkingDirectory = module ?? _module,
            EnvironmentVariables = goCache == null ? new[] { "GOFLAGS=-mod=mod" } : new[] { "GOFLAGS=-mod=mod", "GOCACHE=" + goCache },
            Packages = packages ?? new[] { "./..." },
            NoWarn = noWarn,
            TreatWarningsAsErrors = treatWarningsAsErrors,
        };
        return (task.Execute(), engine, task);
    }

    private (bool Succeeded, RecordingBuildEngine Log, GoFormat Task) Format(bool fix)
    {
        var engine = new RecordingBuildEngine();
        var task = new GoFormat
        {
            BuildEngine = engine,
            GofmtExecutable = Path.Combine(GoRoot, "bin", "gofmt"),
            WorkingDirectory = _module,
            Files = Directory.GetFiles(_module, "*.go").Select(f => (Microsoft.Build.Framework.ITaskItem)new Microsoft.Build.Utilities.TaskItem(f)).ToArray(),
            Fix = fix,
        };
        return (task.Execute(), engine, task);
    }

    [Fact]
    public void VetFindingIsACodedWarningAtItsPlace()
    {
        var (succeeded, log, task) = Vet();

        Assert.True(succeeded, log.AllText);
        var warning = Assert.Single(log.Warnings);
        Assert.Equal(("GOVET-printf", Path.Combine(_module, "main.go"), 6, 2), (warning.Code, warning.File, warning.LineNumber, warning.ColumnNumber));
        Assert.Equal(1, task.FindingCount);
        Assert.Contains(log.Messages, m => m.Message!.Contains("/bin/go vet -json -trimpath -buildvcs=false ./...", StringComparison.Ordinal));
    }

    [Fact]
    public void ACgoPackageIsVettedInASecondFolderWithTheGoCacheOfAFirstOneThatIsGone()
    {
        // go vet -trimpath caches cgo's step without the folder, then sends vet's cgocall analyzer to the first
        // folder's files. GoVet vets cgo packages without -trimpath and the others with it.
        Write("main.go", "package main\n\nfunc main() { println(twice(21)) }\n");
        Directory.CreateDirectory(Path.Combine(_module, "native"));
        Write("native/native.go", "package native\n\n// static int twice(int x) { return 2 * x; }\nimport \"C\"\n\nfunc Twice(x int) int { return int(C.twice(C.int(x))) }\n");
        Write("twice.go", "package main\n\nimport \"example.com/m/native\"\n\nfunc twice(x int) int { return native.Twice(x) }\n");
        var goCache = _module + "-gocache";
        var moved = _module + "-moved";

        var (first, firstLog, _) = Vet(packages: new[] { ".", "./native" }, goCache: goCache);
        CopyFolder(_module, moved);
        Directory.Delete(_module, recursive: true);
        var (second, secondLog, _) = Vet(module: moved, packages: new[] { ".", "./native" }, goCache: goCache);

        Assert.True(first, firstLog.AllText);
        Assert.True(second, secondLog.AllText);
        Assert.Contains(secondLog.Messages, m => m.Message!.Contains("/bin/go vet -json -trimpath -buildvcs=false .", StringComparison.Ordinal));
        Assert.Contains(secondLog.Messages, m => m.Message!.Contains("/bin/go vet -json -buildvcs=false ./native", StringComparison.Ordinal));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void VetHonoursNoWarnAndTreatWarningsAsErrors()
    {
        var (quiet, quietLog, _) = Vet(noWarn: "GOVET-printf");
        var (strict, strictLog, _) = Vet(treatWarningsAsErrors: true);

        Assert.True(quiet);
        Assert.Empty(quietLog.Warnings);
        Assert.False(strict);
        Assert.Equal("GOVET-printf", Assert.Single(strictLog.Errors).Code);
    }

    [Fact]
    public void VetThatCannotTypeCheckFailsWithCodedErrors()
    {
        Write("main_test.go", "package main\n\nvar broken int = \"s\"\n");

        var (succeeded, log, _) = Vet();

        Assert.False(succeeded);
        var located = Assert.Single(log.Errors, e => e.Code == "GOSDK0602");
        Assert.Equal((Path.Combine(_module, "main_test.go"), 3, 18), (located.File, located.LineNumber, located.ColumnNumber));
        Assert.Single(log.Errors, e => e.Code == "GOSDK0601");
    }

    [Fact]
    public void VetThatCrashesFailsWithItsOwnLastWords()
    {
        var crashingGo = Path.Combine(_module, "crashing-go");
        File.WriteAllText(crashingGo, "#!/bin/sh\necho '# example.com/m' >&2\necho 'panic: runtime error: index out of range [3]' >&2\necho '\tcmd/vet/main.go:42 +0x1d' >&2\nexit 2\n");
        File.SetUnixFileMode(crashingGo, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var (succeeded, log, _) = Vet(goExecutable: crashingGo);

        Assert.False(succeeded);
        var error = Assert.Single(log.Errors);
        Assert.Equal("GOSDK0601", error.Code);
        Assert.Contains("exited with code 2:", error.Message);
        Assert.Contains("panic: runtime error: index out of range [3]", error.Message);
        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void FormatCheckReportsAndFixRewrites()
    {
        Write("ugly.go", "package main\nfunc   ugly() {}\n");

        var (checkedOk, checkLog, check) = Format(fix: false);
        Assert.True(checkedOk, checkLog.AllText);
        var warning = Assert.Single(checkLog.Warnings);
        Assert.Equal(("GOSDK0605", Path.Combine(_module, "ugly.go"), 2), (warning.Code, warning.File, warning.LineNumber));
        Assert.Equal(Path.Combine(_module, "ugly.go"), Assert.Single(check.UnformattedFiles).ItemSpec);

        var (fixedOk, fixLog, _) = Format(fix: true);
        Assert.True(fixedOk, fixLog.AllText);
        Assert.Equal("package main\n\nfunc ugly() {}\n", File.ReadAllText(Path.Combine(_module, "ugly.go")));
        Assert.Empty(Format(fix: false).Log.Warnings);
    }

    [Fact]
    public void FormatOfAFileWithASyntaxErrorIsAnErrorThere()
    {
        Write("broken.go", "package main\nfunc g( {\n");

        var (succeeded, log, _) = Format(fix: false);

        Assert.False(succeeded);
        var error = Assert.Single(log.Errors);
        Assert.Equal(("GOSDK0606", Path.Combine(_module, "broken.go"), 2), (error.Code, error.File, error.LineNumber));
    }
}
