using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Foundation;

[Collection(GoSdkCollection.Name)]
public sealed class BuildTests(GoSdkFixture fixture)
{
    [Fact]
    public void BuildWritesARunnableBinaryAndNamesItForTheTerminalLogger()
    {
        var project = fixture.CreateProject("build");
        project.WriteHelloModule();

        var (result, log) = project.DotNetWithBinlog("build", "hello/hello.goproj");

        result.ShouldSucceed();
        var binary = project.PathOf("hello/bin/Debug/hello");
        result.ShouldContain($"hello -> {binary}");
        Assert.Equal("Hello from Go go1.22.12", project.Run("hello/bin/Debug/hello").ShouldSucceed().Output.Trim());

        var goBuild = Assert.Single(log.Tasks("GoBuild"));
        var commandLine = goBuild.FindChildrenRecursive<Microsoft.Build.Logging.StructuredLogger.Message>()
            .Select(m => m.Text).First(t => t.Contains(" build -o "));
        Assert.Contains("/usr/lib/go-1.22/bin/go build", commandLine);
        Assert.Contains("-trimpath", commandLine);
        Assert.Contains("-buildid=", commandLine);
        Assert.DoesNotContain("-s -w", commandLine);
        Assert.Contains(log.AllMessages, m => m.Trim() == "GOTOOLCHAIN=local");
    }

    [Fact]
    public void ReleaseBuildStripsSymbolsAndStampsLinkerVariables()
    {
        var project = fixture.CreateProject("release");
        project.WriteFile("app/go.mod", "module example.com/app\n\ngo 1.22\n");
        project.WriteFile("app/main.go", """
            package main

            import "fmt"

            var version = "dev"

            func main() { fmt.Println("version " + version) }
            """);
        project.WriteGoProject("app/app.goproj", """
              <PropertyGroup>
                <GoVersion>1.22.12</GoVersion>
                <Version>2.3.4-beta.1</Version>
              </PropertyGroup>
              <ItemGroup>
                <GoLinkerVariable Include="main.version" Value="$(Version) built" />
              </ItemGroup>
            """);

        var (result, log) = project.DotNetWithBinlog("build", "app/app.goproj", "-c", "Release");

        result.ShouldSucceed();
        Assert.Equal("version 2.3.4-beta.1 built", project.Run("app/bin/Release/app").ShouldSucceed().Output.Trim());
        Assert.Contains(log.AllMessages, m => m.Contains("-s -w -X 'main.version=2.3.4-beta.1 built'", StringComparison.Ordinal));
    }

    [Fact]
    public void SecondBuildWithNothingChangedStartsNoGoProcess()
    {
        var project = fixture.CreateProject("noop");
        project.WriteHelloModule();
        project.DotNet("build", "hello/hello.goproj").ShouldSucceed();

        var (again, log) = project.DotNetWithBinlog("build", "hello/hello.goproj");

        again.ShouldSucceed();
        Assert.Empty(log.Tasks("GoBuild"));
        Assert.True(log.WasSkippedAsUpToDate("_GoBuildCore"));

        // A changed source or setting builds again.
        project.WriteFile("hello/main.go", File.ReadAllText(project.PathOf("hello/main.go")).Replace("Hello from Go", "Hi"));
        var (changed, changedLog) = project.DotNetWithBinlog("build", "hello/hello.goproj");
        changed.ShouldSucceed();
        Assert.Single(changedLog.Tasks("GoBuild"));
        var (tagged, taggedLog) = project.DotNetWithBinlog("build", "hello/hello.goproj", "-p:GoTags=extra");
        tagged.ShouldSucceed();
        Assert.Single(taggedLog.Tasks("GoBuild"));
    }

    [Fact]
    public void RunStartsTheProgramAndCleanRemovesWhatTheBuildWrote()
    {
        var project = fixture.CreateProject("run clean");
        project.WriteHelloModule(greeting: "Run by dotnet");

        project.DotNet("run", "--project", "hello/hello.goproj").ShouldSucceed().ShouldContain("Run by dotnet go1.22.12");
        Assert.True(File.Exists(project.PathOf("hello/bin/Debug/hello")));
        Assert.True(File.Exists(project.PathOf("hello/obj/Debug/hello")));

        project.DotNet("clean", "hello/hello.goproj").ShouldSucceed();

        Assert.False(File.Exists(project.PathOf("hello/bin/Debug/hello")));
        Assert.False(File.Exists(project.PathOf("hello/obj/Debug/hello")));
        Assert.Empty(System.IO.Directory.GetFiles(project.PathOf("hello/obj/Debug"), "*.gobuild.settings"));
    }

    [Fact]
    public void CompileErrorIsAnMSBuildErrorAtTheFileLineAndColumn()
    {
        var project = fixture.CreateProject("compile error");
        project.WriteHelloModule();
        project.WriteFile("hello/main.go", "package main\n\nfunc main() {\n\tundefinedThing()\n}\n");

        var result = project.DotNet("build", "hello/hello.goproj");

        result.ShouldFail();
        result.ShouldContain($"{project.PathOf("hello/main.go")}(4,2): error GOSDK0201: undefined: undefinedThing");
        Assert.DoesNotContain("Build succeeded", result.Output);
        Assert.False(File.Exists(project.PathOf("hello/bin/Debug/hello")));
    }

    [Fact]
    public void CustomHooksRunBeforeAndAroundTheGoBuild()
    {
        var project = fixture.CreateProject("hooks");
        project.WriteHelloModule(extraProjectBody: """
              <PropertyGroup>
                <CustomAfterGoSdkTargets>$(MSBuildProjectDirectory)/after.targets</CustomAfterGoSdkTargets>
                <GoBuildDependsOn>SayBefore;$(GoBuildDependsOn)</GoBuildDependsOn>
              </PropertyGroup>
              <Target Name="SayBefore">
                <Message Importance="high" Text="before the Go build" />
              </Target>
            """);
        project.WriteFile("hello/after.targets", """
            <Project>
              <Target Name="SayAfter" AfterTargets="GoBuild">
                <Message Importance="high" Text="after the Go build, GOROOT $(GoToolchainRoot)" />
              </Target>
            </Project>
            """);

        var result = project.DotNet("build", "hello/hello.goproj").ShouldSucceed();

        result.ShouldContain("before the Go build");
        result.ShouldContain("after the Go build, GOROOT /usr/lib/go-1.22");
    }

    [Fact]
    public void PublishCopiesTheBinaryToThePublishFolder()
    {
        var project = fixture.CreateProject("publish");
        project.WriteHelloModule();

        project.DotNet("publish", "hello/hello.goproj", "-o", project.PathOf("out")).ShouldSucceed();

        Assert.Equal("Hello from Go go1.22.12", project.Run("out/hello").ShouldSucceed().Output.Trim());
    }

    [Fact]
    public void CgoCompilerWarningsAreMSBuildWarningsAtTheGoFile()
    {
        var project = fixture.CreateProject("cgo warning");
        project.WriteHelloModule(extraProjectBody: "<PropertyGroup><GoCgoEnabled>true</GoCgoEnabled></PropertyGroup>");
        project.WriteFile("hello/main.go", """
            package main

            // #warning "the C part says hello"
            import "C"

            import "fmt"

            func main() { fmt.Println("built") }
            """);

        var result = project.DotNet("build", "hello/hello.goproj").ShouldSucceed();

        result.ShouldContain($"{project.PathOf("hello/main.go")}(3,3): warning GOSDK0201: #warning \"the C part says hello\"");
    }

    [Fact]
    public void SecretsInGoSettingsAreRedactedFromTheLog()
    {
        var project = fixture.CreateProject("redaction");
        project.WriteHelloModule(extraProjectBody: """
              <PropertyGroup>
                <GoProxy>https://builder:s3cr3t-value@proxy.example/go,direct</GoProxy>
              </PropertyGroup>
              <ItemGroup>
                <GoEnvironment Include="ARTIFACTORY_TOKEN" Value="tok-123456" />
              </ItemGroup>
            """);

        var (result, log) = project.DotNetWithBinlog("build", "hello/hello.goproj");

        result.ShouldSucceed();
        var taskMessages = log.Tasks("GoBuild").SelectMany(t => t.FindChildrenRecursive<Microsoft.Build.Logging.StructuredLogger.Message>()).Select(m => m.Text).ToList();
        Assert.Contains(taskMessages, m => m.Contains("GOPROXY=https://builder:***@proxy.example/go,direct"));
        Assert.Contains(taskMessages, m => m.Contains("ARTIFACTORY_TOKEN=***"));
        Assert.DoesNotContain(taskMessages, m => m.Contains("s3cr3t-value") || m.Contains("tok-123456"));
    }
}
