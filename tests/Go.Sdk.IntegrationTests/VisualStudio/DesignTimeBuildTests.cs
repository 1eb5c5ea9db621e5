using System.Xml.Linq;
using Go.Sdk.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Go.Sdk.IntegrationTests.VisualStudio;

/// <summary>
/// What Visual Studio gets from a .goproj at design time, checked through MSBuild (docs/visual-studio.md says what
/// only Visual Studio itself can show).
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class DesignTimeBuildTests(GoSdkFixture fixture, ITestOutputHelper output)
{
    private static readonly XNamespace Rules = "http://schemas.microsoft.com/build/2009/properties";

    /// <summary>Tasks that start `go` or fetch a toolchain: none may run at design time.</summary>
    private static readonly string[] GoTasks =
        ["GoBuild", "ResolveGoBuildInputs", "ResolveGoToolchain", "AcquireGoToolchain", "RunGoTests", "Exec"];

    [Fact]
    public void DesignTimeBuildStartsNoGoAndAcquiresNoToolchainYetShowsTheGoFiles()
    {
        var project = CreateModule("design time offline");
        // A Go that is neither installed nor cached, from a mirror that refuses every connection: resolving or
        // acquiring it would fail the design-time build.
        project.Environment["GOSDK_HOME"] = project.PathOf("empty-toolchain-cache");

        var (result, log, answer) = VisualStudioDesignTime.Run(project, "hello/hello.goproj",
            "-p:GoVersion=1.23.4", "-p:GoUseHostToolchain=false", "-p:GoToolchainMirror=http://127.0.0.1:9/");
        output.WriteLine($"design-time build, nothing built yet: {result.Duration.TotalSeconds:F1} s");

        Assert.All(GoTasks, task => Assert.Empty(log.Tasks(task)));
        Assert.DoesNotContain(log.AllMessages, m => m.Contains("bin/go ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(project.PathOf("empty-toolchain-cache/toolchains")));

        Assert.Equal(["greet/greet.go", "main.go"], answer.Items("GoCompile").Order(StringComparer.Ordinal));
        Assert.Equal([project.PathOf("hello/go.mod"), project.PathOf("hello/go.sum")], answer.Items("GoModuleFile", "FullPath").Order(StringComparer.Ordinal));
        Assert.Contains("GoCompile", answer.Items("AvailableItemName"));
        Assert.Contains("GoModuleFile", answer.Items("AvailableItemName"));
        Assert.Equal("false", answer.Property("AccelerateBuildsInVisualStudio"));

        var capabilities = answer.Items("ProjectCapability");
        Assert.Contains("Go", capabilities);
        Assert.Contains("Pack", capabilities);
        Assert.DoesNotContain("CSharp", capabilities);
        Assert.DoesNotContain("LanguageService", capabilities);
        Assert.DoesNotContain("GenerateDocumentationFile", capabilities);

        // The rules that make Solution Explorer show the items: .go files as GoCompile, module files as GoModuleFile.
        var schemas = answer.Items("PropertyPageSchema", "FullPath");
        var itemsSchema = XDocument.Load(Assert.Single(schemas, s => s.EndsWith("GoSdk.ProjectItemsSchema.xaml", StringComparison.Ordinal))).Root!;
        Assert.Equal(["GoCompile", "GoModuleFile"], itemsSchema.Elements(Rules + "ItemType").Select(e => (string)e.Attribute("Name")!));
        var goExtension = Assert.Single(itemsSchema.Elements(Rules + "FileExtension"));
        Assert.Equal(".go", (string?)goExtension.Attribute("Name"));
        foreach (var itemType in new[] { "GoCompile", "GoModuleFile" })
        {
            var rule = XDocument.Load(Assert.Single(schemas, s => s.EndsWith($"/{itemType}.xaml", StringComparison.Ordinal))).Root!;
            Assert.Equal(itemType, (string?)rule.Attribute("Name"));
            Assert.Equal(itemType, (string?)rule.Element(Rules + "Rule.DataSource")!.Element(Rules + "DataSource")!.Attribute("ItemType"));
        }

        // Before any build the fast up-to-date check sees every Go file and module file, and the binary to come.
        Assert.Equal(
            [project.PathOf("hello/go.mod"), project.PathOf("hello/go.sum"), project.PathOf("hello/greet/greet.go"), project.PathOf("hello/main.go")],
            answer.TargetResult("CollectUpToDateCheckInputDesignTime").Order(StringComparer.Ordinal));
        Assert.Equal([project.PathOf("hello/obj/Debug/hello")], answer.TargetResult("CollectUpToDateCheckBuiltDesignTime"));
        Assert.Empty(answer.TargetResult("CollectUpToDateCheckOutputDesignTime"));
    }

    [Fact]
    public void AfterABuildTheUpToDateCheckSeesWhatGoListFoundAndTheSettingsFile()
    {
        var project = CreateModule("design time after build");
        project.DotNet("build", "hello/hello.goproj").ShouldSucceed();

        var (result, log, answer) = VisualStudioDesignTime.Run(project, "hello/hello.goproj");
        output.WriteLine($"design-time build after a build: {result.Duration.TotalSeconds:F1} s");

        Assert.All(GoTasks, task => Assert.Empty(log.Tasks(task)));
        // The files `go list -deps` named (greet is not imported, so it is no input), go.mod, and the build settings.
        var inputs = answer.TargetResult("CollectUpToDateCheckInputDesignTime");
        Assert.Contains(project.PathOf("hello/main.go"), inputs);
        Assert.Contains(project.PathOf("hello/go.mod"), inputs);
        Assert.DoesNotContain(project.PathOf("hello/greet/greet.go"), inputs);
        Assert.Contains(inputs, i => i.EndsWith(".gobuild.settings", StringComparison.Ordinal));

        // Visual Studio's check: up to date while every input is older than the oldest built file.
        var built = Assert.Single(answer.TargetResult("CollectUpToDateCheckBuiltDesignTime"));
        Assert.All(inputs, i => Assert.True(File.GetLastWriteTimeUtc(i) <= File.GetLastWriteTimeUtc(built), $"{i} is newer than {built}"));
    }

    private TestProject CreateModule(string name)
    {
        var project = fixture.CreateProject(name);
        project.WriteHelloModule();
        project.WriteFile("hello/go.sum", "");
        project.WriteFile("hello/greet/greet.go", "package greet\n\nfunc Greeting() string { return \"hi\" }\n");
        return project;
    }
}
