using System.Xml.Linq;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Layouts;

/// <summary>
/// Go modules with no main package at GoPackage — a library with subpackages, a module whose root has no Go
/// files — are library projects: every package is compiled for the target and vetted, no binary is written, the
/// build is incremental, tests run, and `dotnet run`/`dotnet publish` say what they do.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class LibraryModuleTests(GoSdkFixture fixture)
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    private const string Project = "mathx/mathx.goproj";

    [Fact]
    public void ALibraryModuleIsCompiledVettedAndTestedWithoutABinary()
    {
        var project = fixture.CreateProject("library");
        WriteLibrary(project);

        var (build, log) = project.DotNetWithBinlog("build", Project);
        build.ShouldSucceed();
        Assert.Single(log.Tasks("GoBuild"));
        Assert.Contains(log.AllMessages, m => m.Contains("/bin/go build -o /dev/null ", StringComparison.Ordinal) && m.EndsWith(" ./...", StringComparison.Ordinal));
        // vet saw the subpackage, with its tests; the //go:build ignore program beside the root package is no command.
        var finding = Assert.Single(log.Warnings("GOVET-assign"));
        Assert.Equal(project.PathOf("mathx/stats/report.go"), finding.File);
        Assert.Empty(Directory.Exists(project.PathOf("mathx/bin/Debug")) ? Directory.GetFiles(project.PathOf("mathx/bin/Debug")) : []);
        Assert.False(File.Exists(project.PathOf("mathx/mathx")), "go build wrote a binary into the module folder");

        var (noop, noopLog) = project.DotNetWithBinlog("build", Project);
        noop.ShouldSucceed();
        Assert.Empty(noopLog.Tasks("GoBuild"));
        Assert.Empty(noopLog.Tasks("GoVet"));
        Assert.DoesNotContain(noopLog.AllMessages, m => m.Contains("/bin/go ", StringComparison.Ordinal));

        // An edit in a subpackage rebuilds: the subpackages are inputs of the library build.
        File.AppendAllText(project.PathOf("mathx/internal/bounds/bounds.go"), "\n// edited\n");
        var (edited, editedLog) = project.DotNetWithBinlog("build", Project);
        edited.ShouldSucceed();
        Assert.Single(editedLog.Tasks("GoBuild"));

        project.DotNet("test", Project, "--logger", "trx;LogFileName=lib.trx").ShouldSucceed();
        var counters = XDocument.Load(project.PathOf("mathx/TestResults/lib.trx")).Descendants(Trx + "Counters").Single();
        Assert.Equal(("8", "8"), ((string?)counters.Attribute("total"), (string?)counters.Attribute("passed")));

        var run = project.DotNet("run", "--project", Project).ShouldFail();
        run.ShouldContain("GOSDK0220").ShouldContain("is a Go library project");

        var publish = project.DotNet("publish", Project, "-o", project.PathOf("out")).ShouldSucceed();
        publish.ShouldContain("nothing to publish");
        Assert.Empty(Directory.Exists(project.PathOf("out")) ? Directory.GetFiles(project.PathOf("out")) : []);

        // A compile error in any package is the library's build error, at its place.
        project.WriteFile("mathx/stats/broken.go", "package stats\n\nvar broken int = \"text\"\n");
        var (failed, failedLog) = project.DotNetWithBinlog("build", Project);
        failed.ShouldFail();
        var error = Assert.Single(failedLog.Errors("GOSDK0201"));
        Assert.Equal((project.PathOf("mathx/stats/broken.go"), 3), (error.File, error.LineNumber));
        File.Delete(project.PathOf("mathx/stats/broken.go"));

        // A failure that names no file is reported once — in the error — and not also as a message.
        var (missing, missingLog) = project.DotNetWithBinlog("build", Project, "-p:GoPackage=example.com/elsewhere/tool");
        missing.ShouldFail();
        var failure = Assert.Single(missingLog.Errors("GOSDK0202"));
        Assert.Contains("cannot find module providing package example.com/elsewhere/tool", failure.Text);
        // (go list, which found the inputs before, notes its own failure in the binary log only.)
        Assert.DoesNotContain(missingLog.AllMessages, m => m.Contains("cannot find module providing package", StringComparison.Ordinal) && !m.StartsWith("go list ", StringComparison.Ordinal));

        project.DotNet("clean", Project).ShouldSucceed();
        Assert.False(File.Exists(project.PathOf("mathx/obj/Debug/mathx.gobuild.stamp")), "dotnet clean left the library build's stamp");
    }

    [Fact]
    public void AModuleWhoseRootHasNoGoFilesIsALibraryAndRunNamesItsCommands()
    {
        var project = fixture.CreateProject("no root go");
        project.WriteFile("tool/go.mod", "module example.com/tool\n\ngo 1.21\n");
        project.WriteFile("tool/internal/text/text.go", "package text\n\nfunc Upper(s string) string { return s + \"!\" }\n");
        project.WriteFile("tool/cmd/tool/main.go", "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/tool/internal/text\"\n)\n\nfunc main() { fmt.Println(text.Upper(\"tool\")) }\n");
        project.WriteGoProject("tool/tool.goproj", "<PropertyGroup><GoVersion>1.22.12</GoVersion></PropertyGroup>");

        var (build, log) = project.DotNetWithBinlog("build", "tool/tool.goproj");
        build.ShouldSucceed();
        Assert.Single(log.Tasks("GoBuild"));
        // ./... is one main package here: go build without -o /dev/null would have linked it into the module folder.
        Assert.Equal(["go.mod", "tool.goproj"], Directory.GetFiles(project.PathOf("tool")).Select(Path.GetFileName).Where(f => !f!.EndsWith(".binlog")).Order(StringComparer.Ordinal));
        Assert.False(File.Exists(project.PathOf("tool/bin/Debug/tool")));

        project.DotNet("run", "--project", "tool/tool.goproj").ShouldFail().ShouldContain("GOSDK0220").ShouldContain("./cmd/tool");
        project.DotNet("run", "--project", "tool/tool.goproj", "-p:GoPackage=./cmd/tool").ShouldSucceed().ShouldContain("tool!");
    }

    [Fact]
    public void ALibraryUnderAMatrixCompilesEveryPackageForEachTarget()
    {
        var project = fixture.CreateProject("library matrix");
        WriteLibrary(project);

        var (build, log) = project.DotNetWithBinlog("build", Project, "-p:GoTargetPlatforms=\"linux/amd64;linux/arm64;windows/amd64\"", "-p:GoVet=false");
        build.ShouldSucceed();
        Assert.Equal(3, log.Tasks("GoBuild").Count);
        foreach (var folder in new[] { "linux-amd64", "linux-arm64", "windows-amd64" })
        {
            Assert.True(File.Exists(project.PathOf($"mathx/obj/Debug/{folder}/mathx.gobuild.stamp")), $"{folder} was not compiled");
            Assert.Empty(Directory.Exists(project.PathOf($"mathx/bin/Debug/{folder}")) ? Directory.GetFiles(project.PathOf($"mathx/bin/Debug/{folder}")) : []);
        }
        // A windows-only file with an error proves the windows build compiled the windows files of a subpackage.
        project.WriteFile("mathx/stats/path_windows.go", "package stats\n\nvar sep int = \"\\\\\"\n");
        var (failed, failedLog) = project.DotNetWithBinlog("build", Project, "-p:GoTargetPlatforms=\"linux/amd64;linux/arm64;windows/amd64\"", "-p:GoVet=false");
        failed.ShouldFail();
        Assert.Equal(project.PathOf("mathx/stats/path_windows.go"), Assert.Single(failedLog.Errors("GOSDK0201")).File);
    }

    /// <summary>example.com/mathx: a root package, a subpackage with a vet finding, an internal package, table-driven tests with subtests.</summary>
    private static void WriteLibrary(TestProject project)
    {
        project.WriteFile("mathx/go.mod", "module example.com/mathx\n\ngo 1.21\n");
        project.WriteFile("mathx/mathx.go", """
            // Package mathx clamps numbers.
            package mathx

            import "example.com/mathx/internal/bounds"

            // Clamp limits v to [lo, hi].
            func Clamp(v, lo, hi int) int { return bounds.Limit(v, lo, hi) }
            """);
        project.WriteFile("mathx/gen.go", """
            //go:build ignore

            // A generator run with `go run gen.go`; no build sees it.
            package main

            func main() {}
            """);
        project.WriteFile("mathx/internal/bounds/bounds.go", """
            package bounds

            // Limit limits v to [lo, hi].
            func Limit(v, lo, hi int) int {
            	if v < lo {
            		return lo
            	}
            	if v > hi {
            		return hi
            	}
            	return v
            }
            """);
        project.WriteFile("mathx/mathx_test.go", """
            package mathx

            import "testing"

            func TestClamp(t *testing.T) {
            	for _, c := range []struct {
            		name          string
            		v, lo, hi, want int
            	}{
            		{"below", -1, 0, 10, 0},
            		{"inside", 5, 0, 10, 5},
            		{"above", 11, 0, 10, 10},
            	} {
            		t.Run(c.name, func(t *testing.T) {
            			if got := Clamp(c.v, c.lo, c.hi); got != c.want {
            				t.Errorf("Clamp(%d) = %d, want %d", c.v, got, c.want)
            			}
            		})
            	}
            }
            """);
        project.WriteFile("mathx/stats/stats.go", """
            // Package stats averages numbers.
            package stats

            // Mean is the average of xs, 0 for none.
            func Mean(xs ...float64) float64 {
            	if len(xs) == 0 {
            		return 0
            	}
            	sum := 0.0
            	for _, x := range xs {
            		sum += x
            	}
            	return sum / float64(len(xs))
            }
            """);
        project.WriteFile("mathx/stats/report.go", """
            package stats

            import "fmt"

            // Report describes the mean of xs.
            func Report(xs ...float64) string {
            	m := Mean(xs...)
            	m = m // vet's assign check, which go test's own vet run leaves out
            	return fmt.Sprintf("mean %v", m)
            }
            """);
        project.WriteFile("mathx/stats/stats_test.go", """
            package stats

            import "testing"

            func TestMean(t *testing.T) {
            	cases := map[string]struct {
            		in   []float64
            		want float64
            	}{
            		"none": {nil, 0},
            		"one":  {[]float64{2}, 2},
            		"two":  {[]float64{1, 2}, 1.5},
            	}
            	for name, c := range cases {
            		t.Run(name, func(t *testing.T) {
            			if got := Mean(c.in...); got != c.want {
            				t.Errorf("Mean(%v) = %v, want %v", c.in, got, c.want)
            			}
            		})
            	}
            }
            """);
        project.WriteGoProject(Project, "<PropertyGroup><GoVersion>1.22.12</GoVersion></PropertyGroup>");
    }
}
