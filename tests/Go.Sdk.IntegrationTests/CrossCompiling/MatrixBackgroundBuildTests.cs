using Go.Sdk.IntegrationTests.Infrastructure;
using Go.Sdk.Tasks.Platforms;
using Microsoft.Build.Logging.StructuredLogger;
using MSBuildTask = Microsoft.Build.Logging.StructuredLogger.Task;

namespace Go.Sdk.IntegrationTests.CrossCompiling;

/// <summary>
/// A matrix starts every target's go build in one MSBuild process and then waits for each: Go's messages still
/// reach the build at their file and line, a failed target fails the build, and the others are built.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class MatrixBackgroundBuildTests(GoSdkFixture fixture)
{
    private const string Project = "hello/hello.goproj";
    private static readonly string[] Folders = ["linux-amd64", "windows-amd64", "linux-arm64"];

    [Fact]
    public void EveryGoBuildStartsBeforeAnyIsWaitedForAndAFailingTargetIsReportedAtItsLine()
    {
        var project = fixture.CreateProject("matrix background");
        project.WriteHelloModule(extraProjectBody: """
              <PropertyGroup>
                <GoTargetPlatforms>linux/amd64;windows/amd64;linux/arm64</GoTargetPlatforms>
              </PropertyGroup>
            """);
        // Compiled for windows only: the other two targets build.
        project.WriteFile("hello/console_windows.go", "package main\n\nvar console = undefinedOnWindows\n");

        var (failed, log) = project.DotNetWithBinlog("build", Project);

        failed.ShouldFail().ShouldContain($"{project.PathOf("hello/console_windows.go")}(3,15): error GOSDK0201: undefined: undefinedOnWindows");
        var starts = log.Tasks("GoBuild");
        var waits = log.Tasks("WaitForGoBuild");
        Assert.Equal(Folders.Length, starts.Count);
        Assert.Equal(Folders.Length, waits.Count);
        Assert.All(starts, t => Assert.Equal("true", Parameter(t, "Background"), ignoreCase: true));
        Assert.True(starts.Max(t => t.EndTime) <= waits.Min(t => t.StartTime), "a go build was started after the first wait");
        Assert.Single(starts.Concat(waits).Select(t => t.NodeId).Distinct());
        // The wait reports Go's messages, once.
        var failedWait = Assert.Single(waits, w => w.FindChildrenRecursive<Error>().Any());
        Assert.Equal("windows-amd64", Folder(failedWait));
        Assert.Single(failedWait.FindChildrenRecursive<Error>(e => e.Code == "GOSDK0201"));
        foreach (var folder in new[] { "linux-amd64", "linux-arm64" })
        {
            Assert.True(File.Exists(project.PathOf($"hello/bin/Debug/{folder}/hello")), $"{folder} was not built");
        }
        Assert.False(File.Exists(project.PathOf("hello/bin/Debug/windows-amd64/hello.exe")));

        // Fixed, the failed target builds. (The others build again too: a file their build tags exclude is still
        // one of their inputs, since a changed tag line could include it.)
        project.WriteFile("hello/console_windows.go", "package main\n\nvar console = \"windows\"\n");
        project.DotNet("build", Project).ShouldSucceed();
        Assert.Equal(BinaryFormat.Pe, BinaryInspector.Inspect(project.PathOf("hello/bin/Debug/windows-amd64/hello.exe")).Format);
        Assert.Equal("Hello from Go go1.22.12", project.Run("hello/bin/Debug/linux-amd64/hello").ShouldSucceed().Output.Trim());

        // GoMatrixBuildInBackground=false: each inner build runs its go build to the end itself.
        project.WriteFile("hello/extra.go", "package main\n\nvar extra = 1\n");
        var (parallel, parallelLog) = project.DotNetWithBinlog("build", Project, "-p:GoMatrixBuildInBackground=false");
        parallel.ShouldSucceed();
        Assert.Equal(Folders.Length, parallelLog.Tasks("GoBuild").Count);
        Assert.All(parallelLog.Tasks("GoBuild"), t => Assert.Equal("false", Parameter(t, "Background") ?? "false", ignoreCase: true));
        Assert.Empty(parallelLog.Tasks("WaitForGoBuild"));
    }

    [Fact]
    public void ATargetThatFailsBeforeGoBuildStartsDoesNotStopTheOthers()
    {
        var project = fixture.CreateProject("matrix start failure");
        // CGO on for linux/riscv64, whose C cross compiler is not installed here: that target fails in the first pass.
        project.WriteHelloModule(extraProjectBody: """
              <PropertyGroup>
                <GoTargetPlatforms>linux/riscv64;linux/amd64</GoTargetPlatforms>
              </PropertyGroup>
              <ItemGroup>
                <GoTarget Include="linux/riscv64" CgoEnabled="true" />
              </ItemGroup>
            """);

        var (failed, log) = project.DotNetWithBinlog("build", Project);

        failed.ShouldFail();
        failed.ShouldContain("error GOSDK0503: CGO is enabled for linux/riscv64");
        // Logged once: the second pass fails that target's Build from the first pass's result, without running it again.
        Assert.Single(log.Errors("GOSDK0503"));
        Assert.Equal(["linux-amd64"], log.Tasks("WaitForGoBuild").Select(Folder));
        Assert.Equal("Hello from Go go1.22.12", project.Run("hello/bin/Debug/linux-amd64/hello").ShouldSucceed().Output.Trim());
    }

    private static string? Parameter(MSBuildTask task, string name) =>
        task.FindChildrenRecursive<Property>(p => p.Name == name).SingleOrDefault()?.Value;

    /// <summary>The target folder of the inner build a task ran in (its -o path's folder below obj/Debug).</summary>
    private static string Folder(MSBuildTask task) =>
        new DirectoryInfo(Path.GetDirectoryName(Parameter(task, "OutputFile")!)!).Name;
}
