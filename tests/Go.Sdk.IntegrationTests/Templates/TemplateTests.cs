using System.Text.RegularExpressions;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Templates;

/// <summary>`dotnet new goproj` and `dotnet new golib` from the packed template package, built with the Go.Sdk of the same version.</summary>
[Collection(GoSdkCollection.Name)]
public sealed class TemplateTests(GoSdkFixture fixture)
{
    [Fact]
    public void GoprojIsAProgramOnTheGoSdkOfTheTemplatePackageThatBuildsAndRuns()
    {
        var project = fixture.CreateProject("goproj template");
        var templates = TemplateHive.Install(fixture, project);

        templates.New("goproj", "-n", "hello", "--go-version", "1.22.12");

        Assert.Contains($"<Project Sdk=\"Go.Sdk/{fixture.Version}\">", File.ReadAllText(project.PathOf("hello/hello.goproj")));
        Assert.Equal("module hello\n\ngo 1.22.12\n", File.ReadAllText(project.PathOf("hello/go.mod")));
        project.DotNet("build", "hello/hello.goproj").ShouldSucceed();
        Assert.Equal("Hello from hello!", project.Run("hello/bin/Debug/hello").ShouldSucceed().Output.Trim());
    }

    [Fact]
    public void WithoutAGoVersionTheModuleGetsTheNewestGoOfTheChecksumManifest()
    {
        var project = fixture.CreateProject("template default go");
        var templates = TemplateHive.Install(fixture, project);

        templates.New("goproj", "-n", "app");
        templates.New("golib", "-n", "lib");

        // The manifest lists the newest release first: "<sha256>  go1.27.0.aix-ppc64.tar.gz".
        var manifest = Path.Combine(RepositoryRootAttribute.Value, "src", "Go.Sdk", "checksums", "go-archives.sha256");
        var newest = Regex.Match(File.ReadLines(manifest).First(), @"  go(\d+\.\d+\.\d+)\.").Groups[1].Value;
        var expected = $"go {newest}\n";
        Assert.EndsWith(expected, File.ReadAllText(project.PathOf("app/go.mod")));
        Assert.EndsWith(expected, File.ReadAllText(project.PathOf("lib/go.mod")));
    }

    [Fact]
    public void GolibBuildsASharedLibraryAndItsCHeader()
    {
        var project = fixture.CreateProject("golib template");
        var templates = TemplateHive.Install(fixture, project);

        templates.New("golib", "-n", "mylib", "--go-version", "1.22.12");

        Assert.False(Directory.Exists(project.PathOf("mylib/mylib.App")));
        Assert.Contains($"<Project Sdk=\"Go.Sdk/{fixture.Version}\">", File.ReadAllText(project.PathOf("mylib/mylib.goproj")));
        project.DotNet("build", "mylib/mylib.goproj").ShouldSucceed();
        Assert.True(File.Exists(project.PathOf("mylib/bin/Debug/libmylib.so")));
        var header = Directory.GetFiles(project.PathOf("mylib"), "libmylib.h", SearchOption.AllDirectories);
        Assert.NotEmpty(header);
        Assert.Contains("extern GoInt32 gosdk_Add(GoInt32 in_a, GoInt32 in_b, GoInt32* out_0, void* failure);", File.ReadAllText(header[0]));
        Assert.True(File.Exists(project.PathOf("mylib/bin/Debug/mylib.Bindings.dll")), "the C# bindings of its //gosdk:export functions");
    }

    /// <summary>Needs the C#→Go ProjectReference that puts the native library next to the C# program and references its bindings.</summary>
    [Fact]
    public void GolibWithConsumerIsACSharpProgramCallingTheGoLibrary()
    {
        var project = fixture.CreateProject("golib consumer");
        var templates = TemplateHive.Install(fixture, project);

        templates.New("golib", "-n", "mylib", "--consumer", "--go-version", "1.22.12");

        Assert.True(File.Exists(project.PathOf("mylib/mylib/mylib.goproj")));
        Assert.Contains("../mylib/mylib.goproj", File.ReadAllText(project.PathOf("mylib/mylib.App/mylib.App.csproj")));
        project.DotNet("run", "--project", "mylib/mylib.App/mylib.App.csproj").ShouldSucceed()
            .ShouldContain("Go says 2 + 3 = 5").ShouldContain("Hello, .NET, from Go");
    }
}
