using System.Security.Cryptography;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Pipelines;

/// <summary>
/// GoMergeChecksums through `dotnet msbuild`, as the fan-in job runs it: its refusals reach the log as coded errors
/// at the SHA256SUMS line, and no release is written.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class ReleaseMergeTargetTests(GoSdkFixture fixture)
{
    [Fact]
    public void ATamperedPartFailsAtItsLineAndAPatternThatMatchesNothingFailsWithGosdk0805()
    {
        var project = fixture.CreateProject("merge-target");
        project.WriteFile("hello/go.mod", "module example.com/hello\n\ngo 1.21\n");
        project.WriteGoProject("hello/hello.goproj");
        var sums = Part(project, "release-linux", ("hello-linux-amd64.tar.gz", "amd64"), ("hello-linux-arm64.tar.gz", "arm64"));
        Part(project, "release-windows", ("hello-windows-amd64.zip", "windows"));
        File.AppendAllText(project.PathOf("parts/release-linux/hello-linux-arm64.tar.gz"), "changed after the job");

        project.DotNet("msbuild", "hello/hello.goproj", "-t:GoMergeChecksums", $"-p:GoChecksumFiles={project.PathOf("parts")}/*/SHA256SUMS", "-p:GoReleaseDirectory=release")
            .ShouldFail()
            .ShouldContain($"{sums}(2): error GOSDK0801: 'hello-linux-arm64.tar.gz' does not match its SHA256SUMS line");
        Assert.False(Directory.Exists(project.PathOf("hello/release")));

        project.DotNet("msbuild", "hello/hello.goproj", "-t:GoMergeChecksums", $"-p:GoChecksumFiles={project.PathOf("no-parts")}/*/SHA256SUMS")
            .ShouldFail()
            .ShouldContain("error GOSDK0805");
    }

    /// <summary>A job's artifact as `dotnet publish` leaves it: the files and a SHA256SUMS over them.</summary>
    private static string Part(TestProject project, string name, params (string File, string Content)[] files)
    {
        var lines = files.OrderBy(f => f.File, StringComparer.Ordinal).Select(f =>
        {
            project.WriteFile($"parts/{name}/{f.File}", f.Content);
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(project.PathOf($"parts/{name}/{f.File}")))) + "  " + f.File + "\n";
        });
        project.WriteFile($"parts/{name}/SHA256SUMS", string.Concat(lines));
        return project.PathOf($"parts/{name}/SHA256SUMS");
    }
}
