namespace Go.Sdk.IntegrationTests.Infrastructure;

/// <summary>One test's folder: write files into it, run `dotnet` in it, read what came out.</summary>
public sealed class TestProject
{
    private readonly GoSdkFixture _fixture;
    private int _binlogs;

    public TestProject(GoSdkFixture fixture, string directory)
    {
        _fixture = fixture;
        Directory = directory;
    }

    public string Directory { get; }

    /// <summary>Extra environment for this test's commands, on top of the run's.</summary>
    public Dictionary<string, string?> Environment { get; } = new();

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public TestProject WriteFile(string relative, string content)
    {
        var path = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    /// <summary>A .goproj using the Go.Sdk under test, with the given body inside &lt;Project&gt;.</summary>
    public TestProject WriteGoProject(string relative, string body = "") =>
        WriteFile(relative, $"""
            <Project Sdk="Go.Sdk/{_fixture.Version}">
            {body}
            </Project>
            """);

    /// <summary>A go.mod, a main.go printing <paramref name="greeting"/>, and a .goproj pinned to <paramref name="goVersion"/>.</summary>
    public TestProject WriteHelloModule(string name = "hello", string goVersion = "1.22.12", string greeting = "Hello from Go", string extraProjectBody = "")
    {
        WriteFile($"{name}/go.mod", $"module example.com/{name}\n\ngo 1.21\n");
        WriteFile($"{name}/main.go", $$"""
            package main

            import (
            	"fmt"
            	"runtime"
            )

            func main() {
            	fmt.Printf("{{greeting}} %s\n", runtime.Version())
            }
            """);
        return WriteGoProject($"{name}/{name}.goproj", $"""
              <PropertyGroup>
                <GoVersion>{goVersion}</GoVersion>
              </PropertyGroup>
            {extraProjectBody}
            """);
    }

    public CommandResult DotNet(params string[] arguments)
    {
        var environment = _fixture.BaseEnvironment();
        foreach (var (k, v) in Environment)
        {
            environment[k] = v;
        }
        return Infrastructure.DotNet.Run(Directory, environment, arguments);
    }

    /// <summary>Runs `dotnet &lt;verb&gt; …` with a binary log, and returns both.</summary>
    public (CommandResult Result, Binlog Log) DotNetWithBinlog(params string[] arguments)
    {
        var binlog = PathOf($"msbuild{++_binlogs}.binlog");
        var result = DotNet([.. arguments, $"-bl:{binlog}"]);
        return (result, Binlog.Read(binlog));
    }

    public CommandResult Run(string executable, params string[] arguments) =>
        Command.Run(PathOf(executable), arguments, Directory);
}
