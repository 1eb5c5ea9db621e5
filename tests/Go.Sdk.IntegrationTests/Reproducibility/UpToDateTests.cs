using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Reproducibility;

/// <summary>
/// The SDK's up-to-date check: every kind of input and every setting rebuilds; an unrelated file starts no `go`
/// process at all, neither `go build` nor the `go list` that finds the inputs.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class UpToDateTests(GoSdkFixture fixture)
{
    private const string Project = "app/app.goproj";

    [Fact]
    public void EachInputKindAndSettingRebuildsAndUnrelatedFilesStartNoGo()
    {
        var project = fixture.CreateProject("uptodate");
        project.WriteFile("app/go.mod", "module example.com/app\n\ngo 1.21\n\nrequire example.com/shared v0.0.0\n\nreplace example.com/shared => ../shared\n");
        project.WriteFile("app/go.sum", "");
        project.WriteFile("app/main.go", "package main\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/app/lib\"\n\t\"example.com/shared\"\n)\n\nfunc main() { fmt.Println(lib.Text(), shared.Name) }\n");
        project.WriteFile("app/lib/lib.go", "package lib\n\n// #include \"add.h\"\nimport \"C\"\nimport _ \"embed\"\n\n//go:embed data/greeting.txt\nvar greeting string\n\nfunc Text() string { return greeting + string(rune('0'+C.add(1, 2))) }\n");
        project.WriteFile("app/lib/add.h", "int add(int a, int b);\n");
        project.WriteFile("app/lib/add.c", "#include \"add.h\"\nint add(int a, int b) { return a + b; }\n");
        project.WriteFile("app/lib/data/greeting.txt", "hello ");
        project.WriteFile("app/tools/unused.go", "package tools\n");
        project.WriteFile("app/README.md", "# app\n");
        project.WriteFile("shared/go.mod", "module example.com/shared\n\ngo 1.21\n");
        project.WriteFile("shared/shared.go", "package shared\n\nconst Name = \"shared\"\n");
        project.WriteGoProject(Project, """
              <PropertyGroup>
                <GoVersion>1.22.12</GoVersion>
                <GoCgoEnabled>true</GoCgoEnabled>
              </PropertyGroup>
            """);

        project.DotNet("build", Project).ShouldSucceed();
        Assert.Equal("hello 3 shared", project.Run("app/bin/Debug/app").ShouldSucceed().Output.Trim());
        AssertNoGoProcess(project, "a build with nothing changed");

        foreach (var unrelated in new[] { "app/README.md", "app/tools/unused.go" })
        {
            Touch(project, unrelated);
            AssertNoGoProcess(project, $"a build after touching {unrelated}");
        }

        foreach (var input in new[] { "app/main.go", "app/lib/lib.go", "app/lib/add.c", "app/lib/add.h", "app/lib/data/greeting.txt", "app/go.mod", "app/go.sum", "shared/shared.go", "shared/go.mod" })
        {
            Touch(project, input);
            AssertRebuilds(project, $"touching {input}");
        }
        // An edit below a Go file's imports cannot change the input set: go build runs, go list does not.
        File.AppendAllText(project.PathOf("app/main.go"), "\n// an edit in the body\n");
        Assert.False(AssertRebuilds(project, "an edit below the imports of main.go"), "an edit below the imports ran go list");
        File.WriteAllText(project.PathOf("app/lib/lib.go"), File.ReadAllText(project.PathOf("app/lib/lib.go")).Replace("import _ \"embed\"", "import _ \"embed\"\nimport _ \"os\""));
        Assert.True(AssertRebuilds(project, "a new import in lib.go"), "a new import did not run go list");
        project.WriteFile("app/lib/extra.go", "package lib\n\nconst Extra = 1\n");
        AssertRebuilds(project, "a new Go file in an imported package");
        project.WriteFile("app/go.work", "go 1.21\n\nuse .\nuse ../shared\n");
        AssertRebuilds(project, "a new go.work");
        Touch(project, "app/go.work");
        AssertRebuilds(project, "touching go.work");
        AssertNoGoProcess(project, "a build with nothing changed after the workspace appeared");

        foreach (var setting in new[] { "-p:GoTags=extra", "-p:GoLdFlags=-v", "-p:GoGcFlags=-N", "-p:GoReproducible=false", "-p:GoProxy=off", "-p:GoBuildFlags=-a" })
        {
            AssertRebuilds(project, setting, setting);
        }
    }

    private static void Touch(TestProject project, string relative) =>
        File.SetLastWriteTimeUtc(project.PathOf(relative), DateTime.UtcNow);

    private static void AssertNoGoProcess(TestProject project, string what) => BuildDecision.AssertNoGoProcess(project, Project, what);

    private static bool AssertRebuilds(TestProject project, string what, params string[] arguments) =>
        BuildDecision.AssertRebuilds(project, Project, what, arguments);
}
