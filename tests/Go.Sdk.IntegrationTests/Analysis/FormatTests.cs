using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Analysis;

/// <summary>GoFormatCheck reports the files gofmt would change; `dotnet build -t:GoFormat` rewrites them, leaving vendor/ and testdata/ alone.</summary>
[Collection(GoSdkCollection.Name)]
public sealed class FormatTests(GoSdkFixture fixture)
{
    private const string Project = "hello/hello.goproj";
    private const string Unformatted = "package main\n\nfunc   helper() int {\n  return 1\n}\n";

    [Fact]
    public void FormatCheckReportsAFileAndGoFormatFixesIt()
    {
        var project = fixture.CreateProject("gofmt");
        project.WriteHelloModule();
        project.WriteFile("hello/main.go", "package main\n\nfunc main() { _ = helper() }\n");
        project.WriteFile("hello/helper.go", Unformatted);
        project.WriteFile("hello/testdata/sample.go", Unformatted);

        var check = project.DotNet("build", Project, "-p:GoFormatCheck=true", "-p:GoVet=false").ShouldSucceed();
        check.ShouldContain($"{project.PathOf("hello/helper.go")}(3): warning GOSDK0605: gofmt would change this file.");
        Assert.DoesNotContain("testdata", check.Output);
        Assert.DoesNotContain("main.go(", check.Output);

        project.DotNet("build", Project, "-t:GoFormat").ShouldSucceed()
            .ShouldContain($"Formatted {project.PathOf("hello/helper.go")}");

        Assert.Equal("package main\n\nfunc helper() int {\n\treturn 1\n}\n", File.ReadAllText(project.PathOf("hello/helper.go")));
        Assert.Equal(Unformatted, File.ReadAllText(project.PathOf("hello/testdata/sample.go")));
        var clean = project.DotNet("build", Project, "-t:GoFormatCheck").ShouldSucceed();
        Assert.DoesNotContain("GOSDK0605", clean.Output);
    }
}
