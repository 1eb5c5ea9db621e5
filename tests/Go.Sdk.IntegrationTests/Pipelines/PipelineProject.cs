using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Pipelines;

/// <summary>
/// The repository a pipeline checks out: a global.json at its root and, in hello/, a Go program with one tested
/// function — what the templates' examples call src/hello. Every emulated agent copies it as its checkout.
/// </summary>
public static class PipelineProject
{
    public const string Directory = "hello";
    public const string ProjectFile = "hello.goproj";
    public const string GoVersion = "1.22.12";

    /// <summary>Writes the repository into <paramref name="project"/>'s "repo" folder and returns that folder.</summary>
    public static string Write(TestProject project)
    {
        project.WriteFile("repo/global.json", File.ReadAllText(Path.Combine(RepositoryRootAttribute.Value, "global.json")));
        project.WriteFile("repo/hello/go.mod", "module example.com/hello\n\ngo 1.21\n");
        project.WriteFile("repo/hello/greet.go", """
            package main

            func Greeting(name string) string {
            	if name == "" {
            		return "Hello, nobody"
            	}
            	return "Hello, " + name
            }
            """);
        project.WriteFile("repo/hello/main.go", """
            package main

            import "fmt"

            func main() {
            	fmt.Println(Greeting("pipeline"))
            }
            """);
        project.WriteFile("repo/hello/greet_test.go", """
            package main

            import "testing"

            func TestGreeting(t *testing.T) {
            	if got := Greeting("Go"); got != "Hello, Go" {
            		t.Fatalf("Greeting(Go) = %q", got)
            	}
            }
            """);
        project.WriteGoProject($"repo/hello/{ProjectFile}", $"""
              <PropertyGroup>
                <GoVersion>{GoVersion}</GoVersion>
              </PropertyGroup>
            """);
        return project.PathOf("repo");
    }

    /// <summary>The slices the tests fan out over: two targets in one job, one in another (a zip among tar.gz).</summary>
    public static readonly (string Name, string Platforms)[] Slices = [("linux", "linux/amd64;linux/arm64"), ("windows", "windows/amd64")];

    public static readonly string[] ReleaseFiles = ["hello-linux-amd64.tar.gz", "hello-linux-arm64.tar.gz", "hello-windows-amd64.zip"];

    /// <summary>
    /// The caches' folder, shared by every emulated agent of the run as a restored Cache@2 / actions/cache would be,
    /// so each target's standard library is compiled once per run rather than once per job.
    /// </summary>
    public static string CacheDirectory(GoSdkFixture fixture) => Path.Combine(fixture.RunDirectory, "pipeline-cache");

    /// <summary><c>sha256sum -c SHA256SUMS</c> in the release folder: its "name: OK" lines, or the test fails.</summary>
    public static string[] Sha256sumCheck(string release)
    {
        var result = Command.Run("sha256sum", ["-c", "SHA256SUMS"], release).ShouldSucceed();
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
