using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Layouts;

/// <summary>
/// Two modules of one repository joined by a ProjectReference from one .goproj to the other: Go.Sdk builds the app
/// against the library's sources through obj/go.work (merged with the repository's go.work), with go.mod untouched;
/// build, test, vet, publish and the SBOM see the library, and a change in it rebuilds the app.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class ProjectReferenceWorkspaceTests(GoSdkFixture fixture)
{
    private const string App = "repo/apps/app/app.goproj";
    private const string AppGoMod = "module example.com/app\n\ngo 1.22\n";

    [Fact]
    public void AnAppBuildsTestsAndPublishesAgainstTheReferencedModulesSources()
    {
        var project = fixture.CreateProject("workspace");
        project.WriteFile("repo/lib/go.mod", "module example.com/lib\n\ngo 1.21\n");
        project.WriteFile("repo/lib/lib.go", "package lib\n\n// Name names the library.\nfunc Name() string { return \"lib one\" }\n");
        project.WriteFile("repo/lib/lib_test.go", "package lib\n\nimport \"testing\"\n\nfunc TestName(t *testing.T) {\n\tif Name() == \"\" {\n\t\tt.Fatal(\"empty\")\n\t}\n}\n");
        project.WriteGoProject("repo/lib/lib.goproj", "<PropertyGroup><GoVersion>1.22.12</GoVersion></PropertyGroup>");
        project.WriteFile("repo/apps/app/go.mod", AppGoMod);
        project.WriteFile("repo/apps/app/main.go", "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/lib\"\n)\n\nfunc main() { fmt.Println(\"app uses\", lib.Name()) }\n");
        project.WriteFile("repo/apps/app/main_test.go", "package main\n\nimport (\n\t\"testing\"\n\n\t\"example.com/lib\"\n)\n\nfunc TestLib(t *testing.T) {\n\tfor _, c := range []struct{ name, want string }{{\"name\", \"lib one\"}} {\n\t\tt.Run(c.name, func(t *testing.T) {\n\t\t\tif got := lib.Name(); got != c.want {\n\t\t\t\tt.Errorf(\"got %q\", got)\n\t\t\t}\n\t\t})\n\t}\n}\n");
        project.WriteGoProject(App, """
              <PropertyGroup><GoVersion>1.22.12</GoVersion></PropertyGroup>
              <ItemGroup><ProjectReference Include="../../lib/lib.goproj" /></ItemGroup>
            """);
        // The repository's own workspace lists the library and a tools module, not the app (plain `go build` in the
        // app's folder fails: "current directory is contained in a module that is not one of the workspace modules").
        project.WriteFile("repo/tools/go.mod", "module example.com/tools\n\ngo 1.21\n");
        project.WriteFile("repo/go.work", "go 1.21\n\nuse (\n\t./lib\n\t./tools\n)\n");

        var (build, log) = project.DotNetWithBinlog("build", App);
        build.ShouldSucceed();
        Assert.Equal("app uses lib one", project.Run("repo/apps/app/bin/Debug/app").ShouldSucceed().Output.Trim());
        Assert.Equal(AppGoMod, File.ReadAllText(project.PathOf("repo/apps/app/go.mod")));
        var work = File.ReadAllText(project.PathOf("repo/apps/app/obj/go.work"));
        foreach (var module in new[] { "repo/apps/app", "repo/lib", "repo/tools" })
        {
            Assert.Contains($"\"{project.PathOf(module)}\"", work);
        }
        // Without GOWORK naming it, Go would take repo/go.work, which does not list the app, and fail.
        Assert.Contains(log.AllMessages, m => m.Contains("GOWORK=" + project.PathOf("repo/apps/app/obj/go.work"), StringComparison.Ordinal));

        var (noop, noopLog) = project.DotNetWithBinlog("build", App);
        noop.ShouldSucceed();
        Assert.DoesNotContain(noopLog.AllMessages, m => m.Contains("/bin/go ", StringComparison.Ordinal));

        // A change in the library rebuilds the library's project and the app, from the changed sources.
        File.WriteAllText(project.PathOf("repo/lib/lib.go"), "package lib\n\n// Name names the library.\nfunc Name() string { return \"lib two\" }\n");
        var (changed, changedLog) = project.DotNetWithBinlog("build", App);
        changed.ShouldSucceed();
        Assert.Equal(2, changedLog.Tasks("GoBuild").Count);
        Assert.Equal("app uses lib two", project.Run("repo/apps/app/bin/Debug/app").ShouldSucceed().Output.Trim());

        project.DotNet("test", App).ShouldFail().ShouldContain("TestLib/name");
        File.WriteAllText(project.PathOf("repo/apps/app/main_test.go"), File.ReadAllText(project.PathOf("repo/apps/app/main_test.go")).Replace("lib one", "lib two"));
        project.DotNet("test", App).ShouldSucceed().ShouldContain("Passed:     2");

        var output = project.PathOf("out");
        project.DotNet("publish", App, "-o", output).ShouldSucceed();
        var sbom = File.ReadAllText(Path.Combine(output, "app.cdx.json"));
        Assert.Contains("\"name\": \"example.com/lib\"", sbom);

        var (matrix, matrixLog) = project.DotNetWithBinlog("build", App, "-p:GoTargetPlatforms=\"linux/amd64;linux/arm64;windows/amd64\"", "-p:GoVet=false");
        matrix.ShouldSucceed();
        Assert.True(File.Exists(project.PathOf("repo/apps/app/bin/Debug/windows-amd64/app.exe")));
        Assert.True(File.Exists(project.PathOf("repo/apps/app/bin/Debug/linux-arm64/app")));
        // Each target builds the app, and the library for that target through the reference.
        Assert.True(matrixLog.Tasks("GoBuild").Count >= 3);
    }
}
