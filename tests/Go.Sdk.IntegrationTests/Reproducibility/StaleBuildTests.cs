using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Reproducibility;

/// <summary>
/// A skipped build is never a stale one: after every edit that changes what `go build` produces, `dotnet build`
/// rebuilds and the program in bin/ shows the edit, whatever the edit did to timestamps. Each step edits one
/// thing, builds, and runs the binary, on one module shaped like a real one: a main package with an embedded
/// file and build-tagged files, a cgo sub-package with a header, a vendored dependency.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class StaleBuildTests(GoSdkFixture fixture)
{
    private const string Project = "app/app.goproj";
    private const string Binary = "app/bin/Debug/app";

    /// <param name="cgoProperty">
    /// GoCgoEnabled=true makes Go.Sdk find the C compiler and set CC and CXX itself; without it `go` inherits them.
    /// </param>
    private static TestProject WriteModule(GoSdkFixture fixture, string name, string cgoProperty = "<GoCgoEnabled>true</GoCgoEnabled>")
    {
        var project = fixture.CreateProject(name);
        project.WriteFile("app/go.mod", "module example.com/app\n\ngo 1.21\n\nrequire example.com/dep v1.0.0\n");
        project.WriteFile("app/vendor/modules.txt", "# example.com/dep v1.0.0\n## explicit\nexample.com/dep\n");
        project.WriteFile("app/vendor/example.com/dep/dep.go", "package dep\n\nconst Name = \"dep1\"\n");
        project.WriteFile("app/main.go", """
            package main

            import (
            	_ "embed"
            	"fmt"
            	"runtime"
            	"sort"

            	"example.com/app/greet"
            	"example.com/dep"
            )

            //go:embed message.txt
            var message string

            // Filled by the init functions of the package's other files.
            var parts []string

            func main() {
            	sort.Strings(parts)
            	fmt.Println(message, greet.Text(), dep.Name, parts, runtime.Version())
            }
            """);
        project.WriteFile("app/message.txt", "hello");
        project.WriteFile("app/version.go", "package main\n\nfunc init() { parts = append(parts, \"v1\") }\n");
        project.WriteFile("app/tagged.go", "//go:build x\n\npackage main\n\nfunc init() { parts = append(parts, \"x\") }\n");
        project.WriteFile("app/greet/greet.go", """
            package greet

            // #include "value.h"
            import "C"

            import "fmt"

            func Text() string { return fmt.Sprint(int(C.VALUE)) + Suffix }
            """);
        project.WriteFile("app/greet/value.h", "#ifndef VALUE\n#define VALUE 1\n#endif\n");
        project.WriteFile("app/greet/suffix_a.go", "package greet\n\nconst Suffix = \"a\"\n");
        project.WriteFile("app/tools/util.go", "package main\n\nfunc init() { parts = append(parts, \"util\") }\n");
        project.WriteGoProject(Project, $"""
              <PropertyGroup>
                <GoVersion>1.22.12</GoVersion>
                {cgoProperty}
                <GoVet>false</GoVet>
              </PropertyGroup>
            """);
        return project;
    }

    [Fact]
    public void EveryEditThatChangesTheProgramRebuildsIt()
    {
        var project = WriteModule(fixture, "stale");
        Build(project, "the first build");
        AssertProgram(project, "hello 1a dep1 [v1] go1.22.12");
        AssertNoGoProcess(project, "a build with nothing changed");

        // The two cases that were skipped before: a deleted file, and a file replaced by an older one.
        project.WriteFile("app/added.go", "package main\n\nfunc init() { parts = append(parts, \"added\") }\n");
        Build(project, "a new file in the main package");
        AssertProgram(project, "hello 1a dep1 [added v1] go1.22.12");
        File.Delete(project.PathOf("app/added.go"));
        Build(project, "deleting that file again");
        AssertProgram(project, "hello 1a dep1 [v1] go1.22.12");

        ReplaceKeepingOlderTime(project, "app/version.go", "package main\n\nfunc init() { parts = append(parts, \"v2\") }\n", DateTime.UtcNow.AddYears(-3));
        Build(project, "a file replaced by one with an older write time");
        AssertProgram(project, "hello 1a dep1 [v2] go1.22.12");
        var sameTime = File.GetLastWriteTimeUtc(project.PathOf("app/version.go"));
        ReplaceKeepingOlderTime(project, "app/version.go", "package main\n\nfunc init() { parts = append(parts, \"v3\") }\n", sameTime);
        Build(project, "a file replaced by one of the same size and the same write time");
        AssertProgram(project, "hello 1a dep1 [v3] go1.22.12");

        File.WriteAllText(project.PathOf("app/message.txt"), "hi");
        Build(project, "an edited embedded file");
        AssertProgram(project, "hi 1a dep1 [v3] go1.22.12");

        File.Delete(project.PathOf("app/greet/suffix_a.go"));
        project.WriteFile("app/greet/suffix_b.go", "package greet\n\nconst Suffix = \"b\"\n");
        Build(project, "one sub-package file deleted and another added");
        AssertProgram(project, "hi 1b dep1 [v3] go1.22.12");

        File.Move(project.PathOf("app/version.go"), project.PathOf("app/version_windows.go"));
        Build(project, "a rename that takes a file out of the build");
        AssertProgram(project, "hi 1b dep1 [] go1.22.12");

        File.Move(project.PathOf("app/tools/util.go"), project.PathOf("app/util.go"));
        Build(project, "a file moved from another package into the main package");
        AssertProgram(project, "hi 1b dep1 [util] go1.22.12");
        File.Move(project.PathOf("app/util.go"), project.PathOf("app/tools/util.go"));
        Build(project, "the file moved back");
        AssertProgram(project, "hi 1b dep1 [] go1.22.12");

        ReplaceKeepingOlderTime(project, "app/vendor/example.com/dep/dep.go", "package dep\n\nconst Name = \"dep2\"\n", DateTime.UtcNow.AddYears(-3));
        Build(project, "an edited vendored package, older write time");
        AssertProgram(project, "hi 1b dep2 [] go1.22.12");

        ReplaceKeepingOlderTime(project, "app/greet/value.h", "#ifndef VALUE\n#define VALUE 2\n#endif\n", DateTime.UtcNow.AddYears(-3));
        Build(project, "an edited cgo header, older write time");
        AssertProgram(project, "hi 2b dep2 [] go1.22.12");

        Build(project, "another toolchain", "-p:GoVersion=1.23.5");
        AssertProgram(project, "hi 2b dep2 [] go1.23.5");
        Build(project, "the first toolchain again");
        AssertProgram(project, "hi 2b dep2 [] go1.22.12");
        AssertNoGoProcess(project, "a build with nothing changed after all the edits");
    }

    /// <summary>Each step changes exactly one variable from the build before it, and keeps it.</summary>
    [Fact]
    public void EveryEnvironmentVariableGoReadsForABuildRebuilds()
    {
        var project = WriteModule(fixture, "stale-env", cgoProperty: "");
        Build(project, "the first build");
        AssertProgram(project, "hello 1a dep1 [v1] go1.22.12");

        var goEnv = project.WriteFile("goenv", "GOFLAGS=-tags=x\n").PathOf("goenv");
        project.Environment["GOENV"] = goEnv;
        Build(project, "a go env file (go env -w) that sets GOFLAGS");
        AssertProgram(project, "hello 1a dep1 [v1 x] go1.22.12");
        File.WriteAllText(goEnv, "");
        Build(project, "the go env file emptied");
        AssertProgram(project, "hello 1a dep1 [v1] go1.22.12");

        project.Environment["GOFLAGS"] = "-tags=x";
        Build(project, "GOFLAGS=-tags=x");
        AssertProgram(project, "hello 1a dep1 [v1 x] go1.22.12");
        AssertNoGoProcess(project, "the same GOFLAGS again");

        project.Environment["CGO_CFLAGS"] = "-DVALUE=7";
        Build(project, "CGO_CFLAGS");
        AssertProgram(project, "hello 7a dep1 [v1 x] go1.22.12");

        var wrapper = project.WriteFile("bin/cc-wrapper", "#!/bin/sh\nexec gcc \"$@\"\n").PathOf("bin/cc-wrapper");
        File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // Go splits CC and CXX into words; the project folder's name has a space.
        var quoted = $"'{wrapper}'";
        foreach (var (name, value) in new[] { ("CC", quoted), ("CXX", quoted), ("GOEXPERIMENT", "rangefunc"), ("GOAMD64", "v2") })
        {
            project.Environment[name] = value;
            Build(project, $"{name}={value}");
            // runtime.Version names the experiments a program was built with.
            AssertProgram(project, "hello 7a dep1 [v1 x] go1.22.12" + (project.Environment.ContainsKey("GOEXPERIMENT") ? " X:rangefunc" : ""));
        }

        project.Environment.Clear();
        Build(project, "the environment as at first");
        AssertProgram(project, "hello 1a dep1 [v1] go1.22.12");
        AssertNoGoProcess(project, "a build with nothing changed");
    }

    /// <summary>A cache file in obj/ that is cut short, edited, or copied from another checkout means a build, never a skip.</summary>
    [Fact]
    public void ACorruptTruncatedOrForeignCacheMeansABuild()
    {
        var project = WriteModule(fixture, "stale-cache");
        Build(project, "the first build");
        var cache = project.PathOf("app/obj/Debug/app.gobuild.inputs");

        // Cut the list short at a line boundary, so that it reads like a shorter, complete list.
        var lines = File.ReadAllLines(cache);
        File.WriteAllLines(cache, lines.Where(l => !l.Contains("suffix_a.go", StringComparison.Ordinal)));
        ReplaceKeepingOlderTime(project, "app/greet/suffix_a.go", "package greet\n\nconst Suffix = \"c\"\n", DateTime.UtcNow.AddYears(-3));
        Assert.True(Build(project, "an edit after the cache was cut short"), "a truncated cache was trusted");
        AssertProgram(project, "hello 1c dep1 [v1] go1.22.12");

        File.WriteAllText(project.PathOf("app/obj/Debug/app.gobuild.inputs.hash"), "0000");
        Build(project, "a changed hash file");

        // The whole project copied elsewhere, obj/ included: the copy's cache names the first folder's files.
        var copy = Path.Combine(Path.GetDirectoryName(project.Directory)!, Path.GetFileName(project.Directory) + "-copy");
        CopyDirectory(project.Directory, copy);
        var copied = new TestProject(fixture, copy);
        ReplaceKeepingOlderTime(copied, "app/version.go", "package main\n\nfunc init() { parts = append(parts, \"copy\") }\n", DateTime.UtcNow.AddYears(-3));
        Build(copied, "an edit in a copy of the project with its obj/ folder");
        AssertProgram(copied, "hello 1c dep1 [copy] go1.22.12");
    }

    /// <summary>The inner builds of a matrix, and the build step of `dotnet test`, decide with the same check.</summary>
    [Fact]
    public void MatrixInnerBuildsAndTheTestBuildStepSeeADeletedFile()
    {
        var project = fixture.CreateProject("stale-matrix");
        WriteModuleWithAddedFile(project, "matrix", "<GoTargetPlatforms>linux/amd64;linux/arm64</GoTargetPlatforms>");
        project.DotNet("build", "matrix/app.goproj").ShouldSucceed();
        Assert.Equal("[added]", project.Run("matrix/bin/Debug/linux-amd64/app").ShouldSucceed().Output.Trim());
        File.Delete(project.PathOf("matrix/added.go"));
        var (result, log) = project.DotNetWithBinlog("build", "matrix/app.goproj");
        result.ShouldSucceed();
        Assert.Equal(2, log.Tasks("GoBuild").Count);
        Assert.Equal("[]", project.Run("matrix/bin/Debug/linux-amd64/app").ShouldSucceed().Output.Trim());

        // dotnet test builds first: the program it leaves in bin/ is the current one too.
        WriteModuleWithAddedFile(project, "tested", "");
        project.DotNet("test", "tested/app.goproj").ShouldSucceed();
        Assert.Equal("[added]", project.Run("tested/bin/Debug/app").ShouldSucceed().Output.Trim());
        File.Delete(project.PathOf("tested/added.go"));
        project.DotNet("test", "tested/app.goproj").ShouldSucceed();
        Assert.Equal("[]", project.Run("tested/bin/Debug/app").ShouldSucceed().Output.Trim());
    }

    private void WriteModuleWithAddedFile(TestProject project, string folder, string properties)
    {
        project.WriteFile($"{folder}/go.mod", "module example.com/app\n\ngo 1.21\n");
        project.WriteFile($"{folder}/main.go", "package main\n\nimport \"fmt\"\n\nvar parts []string\n\nfunc main() { fmt.Println(parts) }\n");
        project.WriteFile($"{folder}/main_test.go", "package main\n\nimport \"testing\"\n\nfunc TestParts(t *testing.T) { t.Log(parts) }\n");
        project.WriteFile($"{folder}/added.go", "package main\n\nfunc init() { parts = append(parts, \"added\") }\n");
        project.WriteGoProject($"{folder}/app.goproj", $"""
              <PropertyGroup>
                <GoVersion>1.22.12</GoVersion>
                <GoVet>false</GoVet>
                {properties}
              </PropertyGroup>
            """);
    }

    // Writes the new contents elsewhere and renames them into place, as cp -p, rsync -t, archive extraction and
    // editors that save a copy do: the file's write time is the given one, not now.
    private static void ReplaceKeepingOlderTime(TestProject project, string relative, string contents, DateTime writtenUtc)
    {
        var path = project.PathOf(relative);
        var prepared = path + ".prepared";
        File.WriteAllText(prepared, contents);
        File.SetLastWriteTimeUtc(prepared, writtenUtc);
        File.Move(prepared, path, overwrite: true);
    }

    /// <returns>Whether go list ran.</returns>
    private static bool Build(TestProject project, string what, params string[] arguments) =>
        BuildDecision.AssertRebuilds(project, Project, what, arguments);

    private static void AssertProgram(TestProject project, string expected) =>
        Assert.Equal(expected, project.Run(Binary).ShouldSucceed().Output.Trim());

    private static void AssertNoGoProcess(TestProject project, string what) => BuildDecision.AssertNoGoProcess(project, Project, what);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = file.Replace(from, to, StringComparison.Ordinal);
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));
        }
    }
}
