using System.Collections.Concurrent;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Testing;

/// <summary>
/// ReportGenerator, the tool Azure DevOps and most .NET pipelines read Cobertura with, installed once per run into
/// the run's folder (restored from NuGet) on first use.
/// </summary>
public static class ReportGenerator
{
    private const string Version = "5.6.0";
    private static readonly ConcurrentDictionary<string, Lazy<string>> Installed = new();

    /// <summary>The tool's executable for this run of the fixture.</summary>
    public static string For(GoSdkFixture fixture) =>
        Installed.GetOrAdd(fixture.RunDirectory, runDirectory => new Lazy<string>(() => Install(fixture, runDirectory))).Value;

    /// <summary>Reads <paramref name="coberturaFile"/> into a JSON summary and a text summary in <paramref name="targetDirectory"/>.</summary>
    public static CommandResult Read(GoSdkFixture fixture, string coberturaFile, string targetDirectory) =>
        Command.Run(For(fixture), [$"-reports:{coberturaFile}", $"-targetdir:{targetDirectory}", "-reporttypes:JsonSummary;TextSummary"],
            Path.GetDirectoryName(coberturaFile)!, fixture.BaseEnvironment(), TimeSpan.FromMinutes(2));

    private static string Install(GoSdkFixture fixture, string runDirectory)
    {
        var toolPath = Path.Combine(runDirectory, "rg");
        DotNet.Run(runDirectory, fixture.BaseEnvironment(),
            "tool", "install", "--tool-path", toolPath, "dotnet-reportgenerator-globaltool", "--version", Version).ShouldSucceed();
        return Path.Combine(toolPath, "reportgenerator");
    }
}
