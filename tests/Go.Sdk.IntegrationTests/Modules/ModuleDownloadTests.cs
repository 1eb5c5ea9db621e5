using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Go.Sdk.IntegrationTests.Infrastructure;

namespace Go.Sdk.IntegrationTests.Modules;

/// <summary>
/// `dotnet build` of a program that imports a module from a file:// GOPROXY the test writes: restore fills a
/// test-private module cache, the build uses it, and each way a download can fail is one coded error naming the module.
/// </summary>
[Collection(GoSdkCollection.Name)]
public sealed class ModuleDownloadTests(GoSdkFixture fixture)
{
    private const string Greeter = "example.com/greet";

    private static readonly Dictionary<string, string> GreeterFiles = new()
    {
        ["greet.go"] = "package greet\n\nfunc Hello() string { return \"hello from greet\" }\n",
    };

    /// <summary>
    /// A proxy holding example.com/greet v1.0.0, and a program requiring it that downloads from
    /// <paramref name="goProxy"/> (else the proxy's folder); returns the correct go.sum.
    /// </summary>
    private static string WriteGreeterApp(TestProject project, FileModuleProxy proxy, string? goProxy = null)
    {
        var goSum = proxy.Publish(Greeter, "v1.0.0", GreeterFiles);
        project.WriteFile("app/go.mod", $"module example.com/app\n\ngo 1.21\n\nrequire {Greeter} v1.0.0\n");
        project.WriteFile("app/main.go", """
            package main

            import (
            	"fmt"

            	"example.com/greet"
            )

            func main() { fmt.Println(greet.Hello()) }
            """);
        project.WriteGoProject("app/app.goproj", $"""
              <PropertyGroup>
                <GoVersion>1.22.12</GoVersion>
                <GoProxy>{goProxy ?? proxy.Url}</GoProxy>
                <GoNoSumDb>example.com</GoNoSumDb>
                <GoModCache>{project.PathOf("modcache")}</GoModCache>
              </PropertyGroup>
            """);
        return goSum;
    }

    [Fact]
    public void RestoreDownloadsIntoGoModCacheOnceAndTheBuildUsesIt()
    {
        var project = fixture.CreateProject("module download");
        var proxy = new FileModuleProxy(project.PathOf("proxy"));
        project.WriteFile("app/go.sum", WriteGreeterApp(project, proxy));

        project.DotNet("restore", "app/app.goproj").ShouldSucceed();

        Assert.True(File.Exists(project.PathOf("modcache/example.com/greet@v1.0.0/greet.go")), "restore fills GoModCache");

        var (build, buildLog) = project.DotNetWithBinlog("build", "--no-restore", "app/app.goproj");

        build.ShouldSucceed();
        Assert.Empty(buildLog.Tasks("DownloadGoModules"));
        Assert.Single(buildLog.Tasks("GoBuild"));
        project.Run("app/bin/Debug/app").ShouldSucceed().ShouldContain("hello from greet");
        // GOMODCACHE reached go build too: nothing was fetched into Go's default cache below GOPATH.
        Assert.False(Directory.Exists(Path.Combine(fixture.GoPath, "pkg", "mod", "example.com", "greet@v1.0.0")));

        var (again, againLog) = project.DotNetWithBinlog("build", "app/app.goproj");

        again.ShouldSucceed();
        Assert.True(againLog.WasSkippedAsUpToDate("_GoDownloadModulesCore"));
        Assert.Empty(againLog.Tasks("DownloadGoModules"));
        Assert.Empty(againLog.Tasks("GoBuild"));
    }

    [Fact]
    public void AMissingModuleIsACodedErrorNamingIt()
    {
        var project = fixture.CreateProject("module missing");
        WriteGreeterApp(project, new FileModuleProxy(project.PathOf("proxy")));
        project.WriteFile("app/go.mod", $"module example.com/app\n\ngo 1.21\n\nrequire {Greeter} v1.4.0\n");

        project.DotNet("build", "app/app.goproj").ShouldFail()
            .ShouldContain("error GOSDK0621: Module example.com/greet@v1.4.0 was not found")
            .ShouldContain("go list -m -versions example.com/greet");
        Assert.False(File.Exists(project.PathOf("app/bin/Debug/app")));
    }

    [Fact]
    public void ATamperedGoSumIsACodedErrorNamingTheModule()
    {
        var project = fixture.CreateProject("module tampered");
        var goSum = WriteGreeterApp(project, new FileModuleProxy(project.PathOf("proxy")));
        var recorded = "h1:" + new string('A', 43) + "=";
        var served = goSum.Split('\n')[0].Split(' ')[2];
        project.WriteFile("app/go.sum", goSum.Replace(served, recorded));

        project.DotNet("build", "app/app.goproj").ShouldFail()
            .ShouldContain($"error GOSDK0622: The download of {Greeter}@v1.0.0 does not match go.sum: go.sum records {recorded}, the proxy served {served}.");
        Assert.False(File.Exists(project.PathOf("app/bin/Debug/app")));
    }

    [Fact]
    public void AVendoredModuleBuildsWithNoProxyAndNoDownload()
    {
        var project = fixture.CreateProject("module vendored");
        WriteGreeterApp(project, new FileModuleProxy(project.PathOf("proxy")));
        project.WriteFile("app/vendor/modules.txt", $"# {Greeter} v1.0.0\n## explicit; go 1.21\n{Greeter}\n");
        project.WriteFile("app/vendor/example.com/greet/greet.go", GreeterFiles["greet.go"]);

        var (result, log) = project.DotNetWithBinlog("build", "app/app.goproj", "-p:GoProxy=off");

        result.ShouldSucceed();
        Assert.Empty(log.Tasks("DownloadGoModules"));
        project.Run("app/bin/Debug/app").ShouldSucceed().ShouldContain("hello from greet");
    }

    [Fact]
    public void AWorkspaceOfTwoModulesBuilds()
    {
        var project = fixture.CreateProject("module workspace");
        var proxy = new FileModuleProxy(project.PathOf("proxy"));
        var goSum = WriteGreeterApp(project, proxy);
        project.WriteFile("app/main.go", """
            package main

            import (
            	"fmt"

            	"example.com/greet"
            	"example.com/lib"
            )

            func main() { fmt.Println(lib.Name(), greet.Hello()) }
            """);
        project.WriteFile("lib/go.mod", "module example.com/lib\n\ngo 1.21\n");
        project.WriteFile("lib/lib.go", "package lib\n\nfunc Name() string { return \"lib and\" }\n");
        project.WriteFile("go.work", "go 1.21\n\nuse (\n\t./app\n\t./lib\n)\n");
        project.WriteFile("go.work.sum", goSum);

        project.DotNet("build", "app/app.goproj").ShouldSucceed();

        project.Run("app/bin/Debug/app").ShouldSucceed().ShouldContain("lib and hello from greet");
    }

    [Fact]
    public void AProxyThatNeverAnswersFailsWithinTheTimeout()
    {
        var project = fixture.CreateProject("module proxy down");
        WriteGreeterApp(project, new FileModuleProxy(project.PathOf("proxy")));
        // Accepts connections and never answers: Go's own client waits for such a proxy forever.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = new List<Socket>();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                accepted.Add(await listener.AcceptSocketAsync());
            }
        });
        try
        {
            var stopwatch = Stopwatch.StartNew();
            project.DotNet("build", "app/app.goproj",
                    $"-p:GoProxy=http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}", "-p:GoModDownloadTimeout=5")
                .ShouldFail()
                .ShouldContain("error GOSDK0626: 'go mod download' did not finish within 5 s (GoModDownloadTimeout)");
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(120), $"took {stopwatch.Elapsed}");
        }
        finally
        {
            listener.Stop();
            accepted.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public void APrivateProxyWithoutCredentialsIsACredentialsErrorThatNeverShowsThem()
    {
        var project = fixture.CreateProject("module private");
        project.WriteFile("app/go.sum", WriteGreeterApp(project, new FileModuleProxy(project.PathOf("proxy")), "$(PRIVATE_GOPROXY)"));
        using var server = new RefusingModuleProxy();

        project.Environment["PRIVATE_GOPROXY"] = server.Url();
        project.DotNet("build", "app/app.goproj").ShouldFail()
            .ShouldContain($"error GOSDK0623: Access to module {Greeter}@v1.0.0 was refused")
            .ShouldContain("401 Unauthorized");

        // Go sends credentials over https only; a pipeline secret in an http proxy URL is refused, and never shown.
        project.Environment["PRIVATE_GOPROXY"] = server.Url("bob:s3cret-token");
        var (result, log) = project.DotNetWithBinlog("build", "app/app.goproj");

        result.ShouldFail()
            .ShouldContain($"error GOSDK0623: Access to module {Greeter}@v1.0.0 was refused")
            .ShouldContain("refusing to pass credentials to insecure URL: http://bob:***@127.0.0.1");
        Assert.DoesNotContain("s3cret-token", result.Output);
        Assert.DoesNotContain(log.AllMessages, m => m.Contains("s3cret-token", StringComparison.Ordinal));
    }
}
