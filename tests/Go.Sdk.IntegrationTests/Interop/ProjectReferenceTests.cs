using System.Text.RegularExpressions;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Interop;

[Collection(GoSdkCollection.Name)]
public sealed class ProjectReferenceTests(GoSdkFixture fixture)
{
    [Fact]
    public void ACSharpAppReferencingAGoLibraryBuildsRunsPublishesWithoutWarningsAndRebuildsNoGo()
    {
        var project = fixture.CreateProject("mixed");
        MixedSample.CopyTo(project, fixture.Version);

        var build = project.DotNet("build", "app/app.csproj", "-v:n");

        MixedSample.AssertNoWarnings(build.ShouldSucceed());
        Assert.True(File.Exists(project.PathOf("golib/bin/Debug/libgolib.so")));
        // The generated wrapper, as cgo declares it in the header; the C# side was generated from the same description.
        Assert.Contains("extern GoInt32 gosdk_Add(GoInt64 in_a, GoInt64 in_b, GoInt64* out_0, void* failure);", File.ReadAllLines(project.PathOf("golib/bin/Debug/libgolib.h")));
        Assert.True(File.Exists(project.PathOf("app/bin/Debug/net10.0/libgolib.so")), "the Go library is copied next to app.dll");
        Assert.True(File.Exists(project.PathOf("app/bin/Debug/net10.0/golib.Bindings.dll")), "the bindings assembly is referenced and copied");
        Assert.Contains("Greet returns a greeting for name.", File.ReadAllText(project.PathOf("app/bin/Debug/net10.0/golib.Bindings.xml")));
        Assert.False(File.Exists(project.PathOf("app/bin/Debug/net10.0/libgolib.h")), "the header is for C callers, not for the app's output");
        MixedSample.AssertPrintsExpectedOutput(project.DotNet("run", "--project", "app/app.csproj", "--no-build"));

        var (again, log) = project.DotNetWithBinlog("build", "app/app.csproj");
        again.ShouldSucceed();
        Assert.Empty(log.Tasks("GoBuild"));
        Assert.True(log.WasSkippedAsUpToDate("_GoBuildCore"));
        Assert.True(log.WasSkippedAsUpToDate("_GoCompileBindings"));
        Assert.DoesNotContain(log.AllMessages, m => m.Contains("/bin/go ", StringComparison.Ordinal));
        Assert.True(File.Exists(project.PathOf("golib/bin/Debug/libgolib.h")), "a no-op build keeps the header (IncrementalClean knows it)");

        // The C# build evaluates the .goproj in its restore and its build: the parts of Microsoft.NET.Sdk a Go build
        // never uses stay out of those evaluations (the imported files are the lines of -pp that are paths).
        var preprocessed = project.PathOf("golib.pp.xml");
        project.DotNet("msbuild", "golib/golib.goproj", $"-pp:{preprocessed}").ShouldSucceed();
        var unusedImports = Regex.Matches(File.ReadAllText(preprocessed), @"^\S*(Microsoft\.SourceLink\.[\w.]+|Microsoft\.Build\.Tasks\.Git|WorkloadManifest)\.(props|targets)$", RegexOptions.Multiline);
        Assert.Empty(unusedImports.Select(m => m.Value));

        var publish = project.DotNet("publish", "app/app.csproj", "-r", "linux-x64", "-v:n");
        MixedSample.AssertNoWarnings(publish.ShouldSucceed());
        Assert.True(File.Exists(project.PathOf("golib/bin/Release/linux-x64/libgolib.so")), "the RuntimeIdentifier reaches the Go library");
        Assert.True(File.Exists(project.PathOf("app/bin/Release/net10.0/linux-x64/publish/libgolib.so")));
        MixedSample.AssertPrintsExpectedOutput(project.Run("app/bin/Release/net10.0/linux-x64/publish/app"));
    }
}
