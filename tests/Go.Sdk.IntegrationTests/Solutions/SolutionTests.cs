using System.Text.RegularExpressions;
using Go.Sdk.IntegrationTests.Infrastructure;
using Microsoft.Build.Logging.StructuredLogger;
using MSBuildTask = Microsoft.Build.Logging.StructuredLogger.Task;

namespace Go.Sdk.IntegrationTests.Solutions;

/// <summary>C# and Go projects in one .sln or .slnx: `dotnet sln add`, `dotnet build` and `dotnet test` of the solution.</summary>
[Collection(GoSdkCollection.Name)]
public sealed class SolutionTests(GoSdkFixture fixture)
{
    [Fact]
    public void SlnAddTakesGoProjectsAndTheSolutionBuildsThemInParallelAndInDependencyOrder()
    {
        var project = MixedSolution.Create(fixture, "sln");
        project.DotNet("new", "sln", "-n", "mixed", "--format", "sln").ShouldSucceed();
        project.DotNet(["sln", "mixed.sln", "add", .. MixedSolution.Projects]).ShouldSucceed();

        // DefaultProjectTypeGuid: the SDK-style C# project type, whose project system loads any extension.
        var solution = File.ReadAllText(project.PathOf("mixed.sln"));
        Assert.Contains("Project(\"{9A19103F-16F7-4668-BE54-9A1E7A4F7556}\") = \"a\", \"a\\a.goproj\"", solution);
        Assert.Contains("Project(\"{9A19103F-16F7-4668-BE54-9A1E7A4F7556}\") = \"calc\", \"calc\\calc.goproj\"", solution);

        var (result, log) = project.DotNetWithBinlog("build", "mixed.sln", "-m:2");

        result.ShouldSucceed();
        Assert.Equal("a says go1.22.12", project.Run("a/bin/Debug/a").ShouldSucceed().Output.Trim());
        Assert.Equal("b says go1.22.12", project.Run("b/bin/Debug/b").ShouldSucceed().Output.Trim());
        Assert.True(File.Exists(project.PathOf("app/bin/Debug/net10.0/app.dll")));
        Assert.True(File.Exists(project.PathOf("tests/bin/Debug/net10.0/tests.dll")));

        // Every compiler ran once: go build for each .goproj, csc for each .csproj.
        var compilers = log.Tasks("GoBuild").Concat(log.Tasks("Csc")).ToList();
        Assert.Equal(new[] { "a", "app", "b", "calc", "tests" }, compilers.Select(ProjectName).Order(StringComparer.Ordinal));

        // app depends on a, calc on b: each compiler started only after its dependency's go build finished.
        Assert.True(Single(compilers, "a").EndTime <= Single(compilers, "app").StartTime);
        Assert.True(Single(compilers, "b").EndTime <= Single(compilers, "calc").StartTime);

        // Independent projects compiled at the same time, on more than one MSBuild node.
        Assert.True(compilers.Select(t => t.NodeId).Distinct().Count() > 1, "Every compiler ran on one node.");
        Assert.Contains(compilers, x => compilers.Any(y => ProjectName(x) != ProjectName(y) && x.StartTime < y.EndTime && y.StartTime < x.EndTime));
    }

    [Fact]
    public void SlnxTestRunsGoAndCSharpTestsAndAFailingGoTestFailsTheWholeRun()
    {
        var project = MixedSolution.Create(fixture, "slnx");
        project.DotNet("new", "sln", "-n", "mixed", "--format", "slnx").ShouldSucceed();
        project.DotNet(["sln", "mixed.slnx", "add", .. MixedSolution.Projects]).ShouldSucceed();
        project.DotNet("build", "mixed.slnx").ShouldSucceed();
        Assert.Equal("a says go1.22.12", project.Run("a/bin/Debug/a").ShouldSucceed().Output.Trim());

        var green = project.DotNet("test", "mixed.slnx").ShouldSucceed();

        Assert.Equal((0, 3, 0, 3), Summary(green, "calc.goproj"));
        Assert.Equal((0, 2, 0, 2), Summary(green, "tests.dll"));

        MixedSolution.AddFailingGoTest(project);
        var red = project.DotNet("test", "mixed.slnx").ShouldFail();

        Assert.Equal((1, 3, 0, 4), Summary(red, "calc.goproj"));
        Assert.Equal((0, 2, 0, 2), Summary(red, "tests.dll"));
        red.ShouldContain("Add(2, 2) = 4, want 5");
    }

    /// <summary>
    /// A .slnx names each project's type; `dotnet sln add` writes it (Type="C#", from DefaultProjectTypeGuid). A
    /// hand-written .slnx must declare the type of the .goproj extension once, or dotnet 10 can neither read nor build it.
    /// </summary>
    [Fact]
    public void HandWrittenSlnxNeedsTheGoprojExtensionDeclaredOnce()
    {
        var project = fixture.CreateProject("plain slnx");
        project.WriteHelloModule("a", greeting: "a says");
        project.WriteHelloModule("b", greeting: "b says");
        project.WriteFile("untyped.slnx", """
            <Solution>
              <Project Path="a/a.goproj" />
            </Solution>
            """);
        project.WriteFile("typed.slnx", """
            <Solution>
              <Configurations>
                <ProjectType TypeId="{9A19103F-16F7-4668-BE54-9A1E7A4F7556}" Extension=".goproj" Name="Go" />
              </Configurations>
              <Project Path="a/a.goproj" />
            </Solution>
            """);

        project.DotNet("sln", "untyped.slnx", "list").ShouldFail().ShouldContain("ProjectType '' not found");
        project.DotNet("build", "untyped.slnx").ShouldFail().ShouldContain("ProjectType '' not found");

        project.DotNet("sln", "typed.slnx", "add", "b/b.goproj").ShouldSucceed();
        Assert.Contains("<Project Path=\"b/b.goproj\" />", File.ReadAllText(project.PathOf("typed.slnx")));
        project.DotNet("build", "typed.slnx").ShouldSucceed();
        Assert.Equal("a says go1.22.12", project.Run("a/bin/Debug/a").ShouldSucceed().Output.Trim());
        Assert.Equal("b says go1.22.12", project.Run("b/bin/Debug/b").ShouldSucceed().Output.Trim());
    }

    private static string ProjectName(MSBuildTask task) =>
        Path.GetFileNameWithoutExtension(task.GetNearestParent<Project>().ProjectFile);

    private static MSBuildTask Single(IEnumerable<MSBuildTask> tasks, string project) =>
        Assert.Single(tasks, t => ProjectName(t) == project);

    /// <summary>The "Passed!  - Failed: 0, Passed: 3, Skipped: 0, Total: 3, Duration: 1 s - calc.goproj" line of one project.</summary>
    private static (int Failed, int Passed, int Skipped, int Total) Summary(CommandResult result, string project)
    {
        var match = Regex.Match(result.Output,
            @"(?:Passed!|Failed!) +- Failed: +(\d+), Passed: +(\d+), Skipped: +(\d+), Total: +(\d+), Duration: [^\r\n]*- " + Regex.Escape(project));
        Assert.True(match.Success, $"No test summary of {project} in:{Environment.NewLine}{result.Output}");
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value), int.Parse(match.Groups[4].Value));
    }
}
