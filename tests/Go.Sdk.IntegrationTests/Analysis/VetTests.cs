using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Analysis;

/// <summary>`go vet` in `dotnet build`: coded warnings the standard warning properties control, incremental, and a vet that cannot check the code fails the build.</summary>
[Collection(GoSdkCollection.Name)]
public sealed class VetTests(GoSdkFixture fixture)
{
    private const string Project = "hello/hello.goproj";

    private static void WriteModuleWithAPrintfMistake(TestProject project)
    {
        project.WriteHelloModule();
        project.WriteFile("hello/main.go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Printf(\"%d\\n\", \"not a number\")\n}\n");
    }

    [Fact]
    public void VetFindingIsACodedWarningThatNoWarnAndWarningsAsErrorsControl()
    {
        var project = fixture.CreateProject("vet warnings");
        WriteModuleWithAPrintfMistake(project);
        var located = $"{project.PathOf("hello/main.go")}(6,2)";

        var (built, log) = project.DotNetWithBinlog("build", Project);
        built.ShouldSucceed().ShouldContain($"{located}: warning GOVET-printf: fmt.Printf format %d has arg \"not a number\" of wrong type string");
        var vet = Assert.Single(log.Tasks("GoVet"));
        Assert.Contains(vet.FindChildrenRecursive<Microsoft.Build.Logging.StructuredLogger.Message>(), m => m.Text.Contains("/usr/lib/go-1.22/bin/go vet -json", StringComparison.Ordinal));

        var (again, againLog) = project.DotNetWithBinlog("build", Project);
        again.ShouldSucceed();
        Assert.Empty(againLog.Tasks("GoVet"));
        Assert.True(againLog.WasSkippedAsUpToDate("_GoVetCore"));

        var quiet = project.DotNet("build", Project, "-p:NoWarn=GOVET-printf").ShouldSucceed();
        Assert.DoesNotContain("GOVET-printf", quiet.Output);

        project.DotNet("build", Project, "-p:WarningsAsErrors=GOVET-printf").ShouldFail()
            .ShouldContain($"{located}: error GOVET-printf:");
        project.DotNet("build", Project, "-p:TreatWarningsAsErrors=true").ShouldFail()
            .ShouldContain($"{located}: error GOVET-printf:");
    }

    [Fact]
    public void GoVetFalseSkipsVet()
    {
        var project = fixture.CreateProject("vet off");
        WriteModuleWithAPrintfMistake(project);

        var (result, log) = project.DotNetWithBinlog("build", Project, "-p:GoVet=false", "-p:TreatWarningsAsErrors=true");

        result.ShouldSucceed();
        Assert.Empty(log.Tasks("GoVet"));
        Assert.DoesNotContain("_GoVetCore", log.ExecutedTargets);
        Assert.DoesNotContain("GOVET-", result.Output);
    }

    [Fact]
    public void VetThatCannotTypeCheckATestFileFailsTheBuild()
    {
        var project = fixture.CreateProject("vet broken test");
        project.WriteHelloModule();
        project.WriteFile("hello/main_test.go", "package main\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {\n\tvar n int = \"text\"\n\t_ = n\n}\n");

        var result = project.DotNet("build", Project);

        result.ShouldFail()
            .ShouldContain($"{project.PathOf("hello/main_test.go")}(6,14): error GOSDK0602: go vet could not check this code: cannot use \"text\"")
            .ShouldContain("error GOSDK0601: 'go vet .' exited with code 1.");
        Assert.DoesNotContain("Build succeeded", result.Output);

        // Nothing was recorded as vetted: the next build vets again and fails again.
        project.DotNet("build", Project).ShouldFail().ShouldContain("error GOSDK0602");
    }
}
