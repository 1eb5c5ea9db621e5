using System.Xml.Linq;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Testing;

/// <summary>
/// `dotnet test` of a solution holding a Go test project and a C# xunit project runs both, writes a TRX for each,
/// and fails because of the Go failure alone.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class MixedSolutionTests(GoSdkFixture fixture)
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    // Visual Studio's project type of SDK-style C# projects; MSBuild builds any MSBuild project listed with it.
    private const string SdkProjectType = "9A19103F-16F7-4668-BE54-9A1E7A4F7556";

    [Fact]
    public void DotNetTestOfASolutionRunsGoAndCSharpTestsAndFailsOnTheGoFailure()
    {
        var project = fixture.CreateProject("mixed-solution");
        project.WriteFile("calc/go.mod", "module example.com/calc\n\ngo 1.21\n");
        project.WriteFile("calc/main.go", "package main\n\nimport \"fmt\"\n\nfunc Add(a, b int) int { return a + b }\n\nfunc Sub(a, b int) int { return a + b }\n\nfunc main() { fmt.Println(Add(2, 3)) }\n");
        project.WriteFile("calc/main_test.go", """
            package main

            import "testing"

            func TestAdd(t *testing.T) {
            	if Add(2, 3) != 5 {
            		t.Fatal("Add(2, 3) != 5")
            	}
            }

            func TestSub(t *testing.T) {
            	if got := Sub(5, 3); got != 2 {
            		t.Errorf("Sub(5, 3) = %d, want 2", got)
            	}
            }

            func TestLater(t *testing.T) { t.Skip("not yet") }
            """);
        project.WriteGoProject("calc/calc.goproj", """
              <PropertyGroup>
                <GoVersion>1.22.12</GoVersion>
              </PropertyGroup>
            """);
        XunitProject.Write(project, "CalcTests/CalcTests.csproj");
        project.WriteFile("CalcTests/Tests.cs", """
            using Xunit;

            public class Tests
            {
                [Fact] public void AddsInCSharp() => Assert.Equal(5, 2 + 3);
                [Fact] public void SubtractsInCSharp() => Assert.Equal(2, 5 - 3);
            }
            """);
        project.WriteFile("mixed.sln", Solution(("calc", @"calc\calc.goproj", "6F4E2C1A-0B55-4C59-9E7E-1D2B3C4D5E6F"), ("CalcTests", @"CalcTests\CalcTests.csproj", "0C2D7B8E-3A41-4F6B-8D5C-2E9F1A3B4C5D")));

        var results = project.PathOf("results");
        var result = project.DotNet("test", "mixed.sln", "--logger", "trx", "--results-directory", results);

        result.ShouldFail();
        result.ShouldContain("TestSub failed: Sub(5, 3) = 8, want 2");
        var reports = Directory.GetFiles(results, "*.trx", SearchOption.AllDirectories).Select(XDocument.Load).ToList();
        Assert.Equal(2, reports.Count);
        var go = reports.Single(r => r.Descendants(Trx + "TestMethod").Any(m => (string?)m.Attribute("className") == "example.com/calc"));
        var csharp = reports.Single(r => r != go);
        Assert.Equal((3, 1, 1, 1), Counts(go));
        Assert.Equal((2, 2, 0, 0), Counts(csharp));
        Assert.Equal("Failed", (string?)go.Descendants(Trx + "UnitTestResult").Single(r => (string?)r.Attribute("testName") == "TestSub").Attribute("outcome"));
        Assert.Equal(["AddsInCSharp", "SubtractsInCSharp"], csharp.Descendants(Trx + "TestMethod").Select(m => (string)m.Attribute("name")!).Order());
    }

    private static (int Total, int Passed, int Failed, int NotExecuted) Counts(XDocument trx)
    {
        var counters = trx.Descendants(Trx + "Counters").Single();
        int Counter(string name) => int.Parse((string)counters.Attribute(name)!, System.Globalization.CultureInfo.InvariantCulture);
        return (Counter("total"), Counter("passed"), Counter("failed"), Counter("notExecuted"));
    }

    private static string Solution(params (string Name, string Path, string Guid)[] projects)
    {
        var text = new System.Text.StringBuilder("\nMicrosoft Visual Studio Solution File, Format Version 12.00\n# Visual Studio Version 17\n");
        foreach (var (name, path, guid) in projects)
        {
            text.Append($"Project(\"{{{SdkProjectType}}}\") = \"{name}\", \"{path}\", \"{{{guid}}}\"\nEndProject\n");
        }
        text.Append("Global\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\n\t\tDebug|Any CPU = Debug|Any CPU\n\tEndGlobalSection\n");
        text.Append("\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\n");
        foreach (var (_, _, guid) in projects)
        {
            text.Append($"\t\t{{{guid}}}.Debug|Any CPU.ActiveCfg = Debug|Any CPU\n\t\t{{{guid}}}.Debug|Any CPU.Build.0 = Debug|Any CPU\n");
        }
        text.Append("\tEndGlobalSection\nEndGlobal\n");
        return text.ToString();
    }
}
