using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Foundation;

/// <summary>Each mistake a user can make gets its own coded error, a non-zero exit, and no output claimed.</summary>
[Collection(GoSdkCollection.Name)]
public sealed class BadInputTests(GoSdkFixture fixture)
{
    [Theory]
    [InlineData("-p:GoVersion=banana", "GOSDK0002", "'banana' (the GoVersion property) is not a Go version")]
    [InlineData("-p:GoVersion=2", "GOSDK0002", "'2' (the GoVersion property) is not a Go version")]
    [InlineData("-p:GoVersion=1.99", "GOSDK0101", "names no Go release that Go.Sdk knows")]
    [InlineData("-p:GoVersion=1.99.0", "GOSDK0154", "go1.99.0.linux-amd64.tar.gz")]
    [InlineData("-p:GoVersion=1.99.0 -p:GoToolchainOffline=true", "GOSDK0104", "Go 1.99.0 was not found. Looked in:")]
    [InlineData("-p:GoRoot=/tmp", "GOSDK0102", "GoRoot '/tmp' is not a Go toolchain: it has no VERSION file")]
    [InlineData("-p:GoRoot=/usr/lib/go-1.21", "GOSDK0103", "holds Go 1.21.13, but GoVersion asks for 1.22.12")]
    [InlineData("-p:GoBuildMode=shared-object", "GOSDK0003", "GoBuildMode 'shared-object' is not supported")]
    public void BadSettingsAreCodedErrors(string property, string code, string text)
    {
        var project = fixture.CreateProject("bad setting");
        project.WriteHelloModule();

        var result = project.DotNet(["build", "hello/hello.goproj", .. property.Split(' ')]);

        result.ShouldFail().ShouldContain($"error {code}: ").ShouldContain(text);
        Assert.False(File.Exists(project.PathOf("hello/bin/Debug/hello")));
    }

    [Fact]
    public void AProjectWithoutGoModSaysHowToCreateOne()
    {
        var project = fixture.CreateProject("no gomod");
        project.WriteHelloModule();
        File.Delete(project.PathOf("hello/go.mod"));

        project.DotNet("build", "hello/hello.goproj").ShouldFail()
            .ShouldContain("error GOSDK0001: No go.mod was found in").ShouldContain("go mod init");
    }

    [Fact]
    public void AToolchainWhoseGoIsNotExecutableIsRejected()
    {
        var project = fixture.CreateProject("not executable");
        project.WriteHelloModule();
        var fakeRoot = project.PathOf("fake-go");
        project.WriteFile("fake-go/VERSION", "go1.22.12\n");
        project.WriteFile("fake-go/bin/go", "#!/bin/sh\n");
        File.SetUnixFileMode(project.PathOf("fake-go/bin/go"), UnixFileMode.UserRead | UnixFileMode.UserWrite);

        project.DotNet("build", "hello/hello.goproj", $"-p:GoRoot={fakeRoot}").ShouldFail()
            .ShouldContain("error GOSDK0105:").ShouldContain("chmod +x");
    }

    [Fact]
    public void RunningALibraryProjectIsACodedError()
    {
        var project = fixture.CreateProject("run library");
        project.WriteHelloModule(extraProjectBody: "<PropertyGroup><GoBuildMode>c-archive</GoBuildMode></PropertyGroup>");
        project.WriteFile("hello/main.go", "package main\n\nimport \"C\"\n\n//export Add\nfunc Add(a, b C.int) C.int { return a + b }\n\nfunc main() {}\n");

        project.DotNet("run", "--project", "hello/hello.goproj").ShouldFail().ShouldContain("GOSDK0206");
    }
}
