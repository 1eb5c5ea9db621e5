using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Foundation;

[Collection(GoSdkCollection.Name)]
public sealed class ToolchainResolutionTests(GoSdkFixture fixture)
{
    [Fact]
    public void WithoutGoVersionTheGoModToolchainLineDecides()
    {
        var project = fixture.CreateProject("toolchain line");
        project.WriteHelloModule();
        project.WriteGoProject("hello/hello.goproj");
        project.WriteFile("hello/go.mod", "module example.com/hello\n\ngo 1.21\n\ntoolchain go1.23.5\n");

        project.DotNet("build", "hello/hello.goproj").ShouldSucceed();

        Assert.Equal("Hello from Go go1.23.5", project.Run("hello/bin/Debug/hello").Output.Trim());
    }

    [Fact]
    public void WithoutEitherTheGoLineNamesTheRelease()
    {
        var project = fixture.CreateProject("go line");
        project.WriteHelloModule();
        project.WriteGoProject("hello/hello.goproj");
        project.WriteFile("hello/go.mod", "module example.com/hello\n\ngo 1.24.4\n");

        project.DotNet("build", "hello/hello.goproj").ShouldSucceed();

        Assert.Equal("Hello from Go go1.24.4", project.Run("hello/bin/Debug/hello").Output.Trim());
    }

    [Fact]
    public void AFloatingPinTakesTheNewestKnownPatch()
    {
        // 1.22.12 is the last 1.22 release, and the one installed here.
        var project = fixture.CreateProject("floating");
        project.WriteHelloModule(goVersion: "1.22");

        project.DotNet("build", "hello/hello.goproj").ShouldSucceed();

        Assert.Equal("Hello from Go go1.22.12", project.Run("hello/bin/Debug/hello").Output.Trim());
    }

    [Fact]
    public void GoRootIsUsedAsIs()
    {
        var project = fixture.CreateProject("goroot");
        project.WriteHelloModule(goVersion: "1.21.13", extraProjectBody: "<PropertyGroup><GoRoot>/usr/lib/go-1.21</GoRoot></PropertyGroup>");

        project.DotNet("build", "hello/hello.goproj", "-p:GoUseHostToolchain=false").ShouldSucceed();

        Assert.Equal("Hello from Go go1.21.13", project.Run("hello/bin/Debug/hello").Output.Trim());
    }

    [Fact]
    public void ASolutionBuildsGoProjectsPinnedToDifferentToolchainsBesideACSharpProject()
    {
        var project = fixture.CreateProject("solution");
        project.WriteHelloModule("old", goVersion: "1.21.13", greeting: "old");
        project.WriteHelloModule("new", goVersion: "1.23.5", greeting: "new");
        project.WriteFile("app/app.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        project.WriteFile("app/Program.cs", "System.Console.WriteLine(\"hello from C#\");\n");
        project.DotNet("new", "sln", "-n", "mixed", "--format", "sln").ShouldSucceed();

        project.DotNet("sln", "mixed.sln", "add", "old/old.goproj", "new/new.goproj", "app/app.csproj").ShouldSucceed();
        project.DotNet("build", "mixed.sln").ShouldSucceed();

        Assert.Equal("old go1.21.13", project.Run("old/bin/Debug/old").Output.Trim());
        Assert.Equal("new go1.23.5", project.Run("new/bin/Debug/new").Output.Trim());
        Assert.True(File.Exists(project.PathOf("app/bin/Debug/net10.0/app.dll")));
    }
}
