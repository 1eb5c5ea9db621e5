using System.Text.RegularExpressions;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Interop;

/// <summary>samples/mixed (a C# app calling a c-shared Go library) copied into a test folder, pinned to the Go.Sdk under test.</summary>
internal static class MixedSample
{
    /// <summary>What samples/mixed/app prints through the generated bindings: numbers, strings, Go's error as a .NET exception, a handle.</summary>
    public static readonly string[] ExpectedOutput =
    [
        "2 + 40 = 42",
        "Hello, .NET, from Go",
        "1h30m is 90 minutes",
        "Go said: time: invalid duration \"soon\"",
        "Tally: 4 distinct words, 'the' twice: True",
    ];

    public static void CopyTo(TestProject project, string version)
    {
        var source = Path.Combine(RepositoryRootAttribute.Value, "samples", "mixed");
        foreach (var folder in new[] { "golib", "app" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(source, folder)))
            {
                var text = File.ReadAllText(file).Replace("Sdk=\"Go.Sdk\"", $"Sdk=\"Go.Sdk/{version}\"");
                project.WriteFile(Path.Combine(folder, Path.GetFileName(file)), text);
            }
        }
    }

    /// <summary>tests/tests.csproj: an xunit project that references golib (and its generated bindings) and compiles <paramref name="moreSources"/> (';'-separated).</summary>
    public static void WriteXunitProject(TestProject project, string moreSources) =>
        XunitProject.Write(project, "tests/tests.csproj", $"""
              <ItemGroup>
                <Compile Include="{moreSources}" />
                <ProjectReference Include="../golib/golib.goproj" />
              </ItemGroup>
            """);

    public static void AssertPrintsExpectedOutput(CommandResult run) =>
        Assert.Equal(ExpectedOutput, run.ShouldSucceed().Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Fails on any MSBuild, NuGet or SDK warning in a build's output (MSB3246 for a non-assembly reference, NU1201, NETSDK…).</summary>
    public static void AssertNoWarnings(CommandResult result)
    {
        var warnings = Regex.Matches(result.Output, @"^.*: warning [A-Z]+[0-9]+:.*$", RegexOptions.Multiline).Select(m => m.Value).Distinct().ToList();
        Assert.True(warnings.Count == 0, "Warnings:" + Environment.NewLine + string.Join(Environment.NewLine, warnings));
        result.ShouldContain("0 Warning(s)");
    }
}
