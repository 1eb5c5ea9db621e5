using System.Collections.Concurrent;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Testing;

/// <summary>
/// A repository in Microsoft.Testing.Platform mode (global.json <c>test.runner</c>), shaped like a real mixed one: a Go
/// module with a cmd-style main and a library package (<c>calc</c>, one failing test, a skipped one, subtests, a
/// data race), a C#
/// xunit v3 project on MTP from NuGet (<c>CalcTests</c>), both in <c>mixed.slnx</c>; and, outside the solution, a Go
/// module whose test file does not compile (<c>broken</c>). Written and tested once per run (the first
/// <c>dotnet test</c> builds everything), then shared by every assertion of <see cref="MicrosoftTestingPlatformTests"/>.
/// </summary>
public sealed class MtpWorkspace
{
    private static readonly ConcurrentDictionary<string, Lazy<MtpWorkspace>> Created = new();

    /// <summary>SOURCE_DATE_EPOCH of every command: the Cobertura of both modes is then byte-comparable.</summary>
    public const string SourceDateEpoch = "1700000000";

    private MtpWorkspace(GoSdkFixture fixture)
    {
        Project = fixture.CreateProject("mtp");
        Project.Environment["SOURCE_DATE_EPOCH"] = SourceDateEpoch;
        Project.WriteFile("global.json", """{ "test": { "runner": "Microsoft.Testing.Platform" } }""");
        // The run's feed and package folder as everywhere, plus NuGet for xunit v3 and the TRX extension of its host.
        Project.WriteFile("NuGet.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{fixture.PackagesDirectory}" />
              </config>
              <packageSources>
                <clear />
                <add key="go-sdk-under-test" value="{fixture.FeedDirectory}" />
                <add key="fallback" value="/opt/nuget/packages" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        Project.WriteFile("calc/go.mod", "module example.com/calc\n\ngo 1.21\n");
        Project.WriteFile("calc/main.go", "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/calc/mathx\"\n)\n\nfunc main() { fmt.Println(\"calc says\", mathx.Add(2, 3)) }\n");
        Project.WriteFile("calc/mathx/mathx.go", "package mathx\n\nfunc Add(a, b int) int { return a + b }\n\nfunc Sub(a, b int) int { return a + b }\n\nfunc Unused(a int) int {\n\tif a > 0 {\n\t\treturn a\n\t}\n\treturn -a\n}\n");
        Project.WriteFile("calc/mathx/mathx_test.go", """
            package mathx

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

            func TestTable(t *testing.T) {
            	for _, c := range []struct {
            		name    string
            		a, b, w int
            	}{{"small", 1, 2, 3}, {"zero", 0, 0, 0}} {
            		t.Run(c.name, func(t *testing.T) {
            			if Add(c.a, c.b) != c.w {
            				t.Fail()
            			}
            		})
            	}
            }

            func TestLater(t *testing.T) { t.Skip("not yet") }

            // Passes, unless run with the race detector (GoTestRace=true).
            func TestRacy(t *testing.T) {
            	done := make(chan bool)
            	n := 0
            	go func() {
            		n++
            		done <- true
            	}()
            	n++
            	<-done
            }
            """);
        Project.WriteGoProject("calc/calc.goproj", """
              <PropertyGroup>
                <GoVersion>1.22.12</GoVersion>
              </PropertyGroup>
            """);

        Project.WriteFile("CalcTests/CalcTests.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="xunit.v3" Version="{XunitProject.PackageVersion("xunit.v3")}" />
                <PackageReference Include="Microsoft.Testing.Extensions.TrxReport" Version="{XunitProject.PackageVersion("Microsoft.Testing.Extensions.TrxReport")}" />
              </ItemGroup>
            </Project>
            """);
        Project.WriteFile("CalcTests/Tests.cs", """
            using Xunit;

            public class Tests
            {
                [Fact] public void AddsInCSharp() => Assert.Equal(5, 2 + 3);
                [Fact] public void SubtractsInCSharp() => Assert.Equal(2, 5 - 3);
            }
            """);
        Project.WriteFile("mixed.slnx", """
            <Solution>
              <Project Path="calc/calc.goproj" Type="Common C#" />
              <Project Path="CalcTests/CalcTests.csproj" />
            </Solution>
            """);

        Project.WriteFile("broken/go.mod", "module example.com/broken\n\ngo 1.21\n");
        Project.WriteFile("broken/main.go", "package main\n\nfunc main() {}\n");
        Project.WriteFile("broken/broken_test.go", "package main\n\nimport \"testing\"\n\nfunc TestThree(t *testing.T) {\n\tvar n int = \"three\"\n\t_ = n\n}\n");
        // Vet would stop the build at the same error; this module is about a test binary that does not compile.
        Project.WriteGoProject("broken/broken.goproj", """
              <PropertyGroup>
                <GoVersion>1.22.12</GoVersion>
                <GoVet>false</GoVet>
              </PropertyGroup>
            """);

        SolutionResults = Project.PathOf("results");
        SolutionRun = Project.DotNet("test", "--report-trx", "--results-directory", SolutionResults);
        Raw = RawGoTest.Run(fixture, Project.PathOf("calc"), "1.22.12", "./...");
    }

    public static MtpWorkspace For(GoSdkFixture fixture) =>
        Created.GetOrAdd(fixture.RunDirectory, _ => new Lazy<MtpWorkspace>(() => new MtpWorkspace(fixture))).Value;

    public TestProject Project { get; }

    /// <summary><c>dotnet test --report-trx --results-directory results</c> in the repository root (the solution).</summary>
    public CommandResult SolutionRun { get; }

    public string SolutionResults { get; }

    /// <summary>Plain <c>go test -json ./...</c> of calc, counted without Go.Sdk.</summary>
    public RawGoTest Raw { get; }
}
