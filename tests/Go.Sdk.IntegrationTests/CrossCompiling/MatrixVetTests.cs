using Go.Sdk.IntegrationTests.Infrastructure;
using Microsoft.Build.Logging.StructuredLogger;

namespace Go.Sdk.IntegrationTests.CrossCompiling;

/// <summary>A matrix runs `go vet` in one inner build (the host's target), not once per target.</summary>
[Collection(GoSdkCollection.Name)]
public sealed class MatrixVetTests(GoSdkFixture fixture)
{
    private const string Project = "hello/hello.goproj";
    private static readonly string[] Folders = ["linux-arm64", "linux-amd64", "windows-amd64"];

    [Fact]
    public void AMatrixVetsOnceInTheHostsTargetAndReportsEachFindingOnce()
    {
        var project = fixture.CreateProject("matrix vet");
        // The host's target (linux/amd64 here) is not the first, so the choice is the host's and not the first.
        project.WriteHelloModule(extraProjectBody: """
              <PropertyGroup>
                <GoTargetPlatforms>linux/arm64;linux/amd64;windows/amd64</GoTargetPlatforms>
              </PropertyGroup>
            """);
        project.WriteFile("hello/main.go", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Printf(\"%d\\n\", \"not a number\")\n}\n");

        var (off, offLog) = project.DotNetWithBinlog("build", Project, "-p:GoVet=false");
        off.ShouldSucceed();
        Assert.Equal(Folders.Length, offLog.Tasks("GoBuild").Count);
        Assert.Empty(offLog.Tasks("GoVet"));

        var (built, log) = project.DotNetWithBinlog("build", Project);
        built.ShouldSucceed().ShouldContain($"{project.PathOf("hello/main.go")}(6,2): warning GOVET-printf:");
        var vet = Assert.Single(log.Tasks("GoVet"));
        Assert.Single(vet.FindChildrenRecursive<Warning>(w => w.Code == "GOVET-printf"));
        Assert.Equal(["linux-amd64"], Folders.Where(f => File.Exists(project.PathOf($"hello/obj/Debug/{f}/hello.govet.stamp"))));

        // The choice is the same in every run, so a matrix with nothing changed stays a no-op.
        var (again, againLog) = project.DotNetWithBinlog("build", Project);
        again.ShouldSucceed();
        Assert.Empty(againLog.Tasks("GoBuild"));
        Assert.Empty(againLog.Tasks("GoVet"));

        // GoVetEveryTarget=true vets the other targets too, each for its GOOS/GOARCH; the host's vet is up to date.
        var (every, everyLog) = project.DotNetWithBinlog("build", Project, "-p:GoVetEveryTarget=true");
        every.ShouldSucceed();
        Assert.Equal(2, everyLog.Tasks("GoVet").Count);
        Assert.Empty(everyLog.Tasks("GoBuild"));
        Assert.All(Folders, f => Assert.True(File.Exists(project.PathOf($"hello/obj/Debug/{f}/hello.govet.stamp")), $"{f} was not vetted"));
    }
}
