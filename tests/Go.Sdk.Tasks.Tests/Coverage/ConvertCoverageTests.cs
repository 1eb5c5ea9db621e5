using System.Xml.Linq;
using Go.Sdk.Tasks.Coverage;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Coverage;

public class ConvertCoverageTests
{
    [Fact]
    public void WritesCoberturaAndMergedProfileAndReportsTheCounts()
    {
        using var output = new TempDirectory();
        var (task, engine) = NewTask(CoverageTestData.Module("calc"), CoverageTestData.Path("002-calc-coverpkg-atomic.profile"));
        task.OutputCoberturaFile = Path.Combine(output.Path, "results", "coverage.cobertura.xml");
        task.MergedProfileFile = Path.Combine(output.Path, "results", "coverage.out");
        task.Timestamp = "1700000000";

        Assert.True(task.Execute(), engine.AllText);

        // go tool cover -func says 25/31 (80.6%): it only counts statements inside functions, and calc.go has an
        // uncovered function literal at top level. go test's own figure and this task count it too.
        Assert.Equal((25, 32), (task.StatementsCovered, task.StatementsValid));
        Assert.Equal(25.0 / 32, task.StatementRate);
        Assert.Equal((40, 55), (task.LinesCovered, task.LinesValid));
        Assert.Equal(40.0 / 55, task.LineRate);
        Assert.Equal(File.ReadAllText(CoverageTestData.Path("002-merged.profile")), File.ReadAllText(task.MergedProfileFile));
        var coverage = XDocument.Load(task.OutputCoberturaFile).Root!;
        Assert.Equal("1700000000", (string)coverage.Attribute("timestamp")!);
        Assert.Equal(CoverageTestData.Module("calc"), coverage.Descendants("source").Single().Value);
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void ReadsModulePathsFromGoModForTheMainAndWorkspaceModules()
    {
        using var output = new TempDirectory();
        var (task, engine) = NewTask(CoverageTestData.Module("workspace/app"), CoverageTestData.Path("003-workspace-count.profile"));
        task.WorkspaceModules = new ITaskItem[] { new TaskItem(CoverageTestData.Module("workspace/lib")) };
        task.OutputCoberturaFile = Path.Combine(output.Path, "c.xml");
        task.Clock = () => DateTimeOffset.FromUnixTimeSeconds(42);

        Assert.True(task.Execute(), engine.AllText);

        var coverage = XDocument.Load(task.OutputCoberturaFile).Root!;
        Assert.Equal("42", (string)coverage.Attribute("timestamp")!);
        Assert.Equal(new[] { "app/app.go", "lib/lib.go" }, coverage.Descendants("class").Select(c => (string)c.Attribute("filename")!));
        Assert.Empty(engine.Warnings);
    }

    [Fact]
    public void AMissingSourceIsAWarningAndItsLinesStillCount()
    {
        var (task, engine) = NewTask(CoverageTestData.Module("calc"), CoverageTestData.Path("004-missing-source.profile"));
        task.ModulePath = "example.com/calc";

        Assert.True(task.Execute(), engine.AllText);

        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("GOSDK0405", warning.Code);
        Assert.Contains("example.com/gone/gone.go", warning.Message);
        Assert.Equal((6, 7), (task.LinesCovered, task.LinesValid));
    }

    [Fact]
    public void ProfilesOfDifferentModesFailWithACodedError()
    {
        var (task, engine) = NewTask(CoverageTestData.Module("calc"),
            CoverageTestData.Path("001-calc-set.profile"), CoverageTestData.Path("002-calc-coverpkg-atomic.profile"));

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("GOSDK0401", error.Code);
        Assert.EndsWith("002-calc-coverpkg-atomic.profile", error.File);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-5")]
    public void ABadTimestampFailsWithACodedError(string timestamp)
    {
        using var dir = new TempDirectory();
        var (task, engine) = NewTask(CoverageTestData.Module("calc"), CoverageTestData.Path("001-calc-set.profile"));
        task.OutputCoberturaFile = Path.Combine(dir.Path, "c.xml");
        task.Timestamp = timestamp;

        Assert.False(task.Execute());
        Assert.Equal("GOSDK0407", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void AModuleDirectoryWithoutGoModFailsWithACodedError()
    {
        using var dir = new TempDirectory();
        var (task, engine) = NewTask(dir.Path, CoverageTestData.Path("001-calc-set.profile"));

        Assert.False(task.Execute());
        Assert.Equal("GOSDK0001", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void AGoModWithoutModuleLineFailsWithACodedError()
    {
        using var dir = new TempDirectory();
        dir.Write("go.mod", "go 1.22\n");
        var (task, engine) = NewTask(dir.Path, CoverageTestData.Path("001-calc-set.profile"));

        Assert.False(task.Execute());
        Assert.Equal("GOSDK0406", Assert.Single(engine.Errors).Code);
    }

    private static (ConvertCoverage Task, RecordingBuildEngine Engine) NewTask(string moduleDirectory, params string[] profiles)
    {
        var engine = new RecordingBuildEngine();
        var task = new ConvertCoverage
        {
            BuildEngine = engine,
            ModuleDirectory = moduleDirectory,
            ProfileFiles = profiles.Select(p => (ITaskItem)new TaskItem(p)).ToArray(),
        };
        return (task, engine);
    }
}
