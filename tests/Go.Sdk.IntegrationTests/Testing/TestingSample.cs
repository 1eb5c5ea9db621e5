using System.Text.RegularExpressions;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Testing;

/// <summary>samples/testing copied into a test folder, its .goproj pointed at the Go.Sdk under test.</summary>
public static class TestingSample
{
    public const string ProjectFile = "testing/testing.goproj";

    public static TestProject Create(GoSdkFixture fixture, string name)
    {
        var project = fixture.CreateProject(name);
        var sample = Path.Combine(RepositoryRootAttribute.Value, "samples", "testing");
        foreach (var file in Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sample, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj" or "TestResults")
            {
                continue;
            }
            if (relative.EndsWith(".goproj", StringComparison.Ordinal))
            {
                var body = Regex.Match(File.ReadAllText(file), @"<Project[^>]*>(.*)</Project>", RegexOptions.Singleline).Groups[1].Value;
                project.WriteGoProject(Path.Combine("testing", relative), body);
            }
            else
            {
                project.WriteFile(Path.Combine("testing", relative), File.ReadAllText(file));
            }
        }
        return project;
    }

    /// <summary>The "Failed! - Failed: 7, Passed: 14, Skipped: 1, Total: 22" line as numbers.</summary>
    public static (int Failed, int Passed, int Skipped, int Total) Summary(CommandResult result)
    {
        var match = Regex.Match(result.Output, @"(Passed!|Failed!) +- Failed: +(\d+), Passed: +(\d+), Skipped: +(\d+), Total: +(\d+)");
        Assert.True(match.Success, "No test summary line in:" + Environment.NewLine + result.Output);
        return (int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value), int.Parse(match.Groups[4].Value), int.Parse(match.Groups[5].Value));
    }
}
