using System.Globalization;

namespace Go.Sdk.IntegrationTests.Infrastructure;

/// <summary>
/// Shared by every integration test of a run: packs Go.Sdk once, with a version no earlier run used (so NuGet's
/// caches can never serve a stale copy), into a feed of the run's own, and gives the run its own NuGet package
/// folder, Go build cache and Go.Sdk toolchain cache. Each test then writes its projects below <see cref="RunDirectory"/>.
/// </summary>
public sealed class GoSdkFixture : IDisposable
{
    public GoSdkFixture()
    {
        Prerequisites.Check();
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        Version = $"1.0.0-it.{stamp}.{Environment.ProcessId}";
        RunDirectory = Path.Combine(Path.GetTempPath(), "gosdk-it", $"{stamp}-{Environment.ProcessId}");
        FeedDirectory = Path.Combine(RunDirectory, "feed");
        PackagesDirectory = Path.Combine(RunDirectory, "nuget-packages");
        ProjectsDirectory = Path.Combine(RunDirectory, "projects");
        Directory.CreateDirectory(ProjectsDirectory);

        // One NuGet.config above every test project: the run's feed first, and the run's package folder.
        File.WriteAllText(Path.Combine(ProjectsDirectory, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{PackagesDirectory}" />
              </config>
              <packageSources>
                <clear />
                <add key="go-sdk-under-test" value="{FeedDirectory}" />
                <add key="fallback" value="/opt/nuget/packages" />
                <!-- Packages a user's build restores from nuget.org too: a Go library's bindings need Microsoft.NETCore.App.Ref. -->
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        var pack = DotNet.Run(RepositoryRootAttribute.Value, BaseEnvironment(),
            "pack", Path.Combine(RepositoryRootAttribute.Value, "src", "Go.Sdk", "Go.Sdk.csproj"),
            "-c", "Release", "-o", FeedDirectory, $"-p:Version={Version}");
        pack.ShouldSucceed();
        _mirror = new Lazy<LoopbackMirror>(() => new LoopbackMirror(Path.Combine(RunDirectory, "mirror")));
        _templatesPackage = new Lazy<string>(PackTemplates);
    }

    private readonly Lazy<LoopbackMirror> _mirror;
    private readonly Lazy<string> _templatesPackage;

    /// <summary>The Go.Sdk.Templates package of the run's version (its templates use this run's Go.Sdk), packed on first use.</summary>
    public string TemplatesPackage => _templatesPackage.Value;

    private string PackTemplates()
    {
        DotNet.Run(RepositoryRootAttribute.Value, BaseEnvironment(),
            "pack", Path.Combine(RepositoryRootAttribute.Value, "src", "Go.Sdk.Templates", "Go.Sdk.Templates.csproj"),
            "-c", "Release", "-o", FeedDirectory, $"-p:Version={Version}").ShouldSucceed();
        return Path.Combine(FeedDirectory, $"Go.Sdk.Templates.{Version}.nupkg");
    }

    public string Version { get; }

    /// <summary>The run's toolchain server, built on first use (repacking a Go takes a few seconds).</summary>
    public LoopbackMirror Mirror => _mirror.Value;
    public string RunDirectory { get; }
    public string FeedDirectory { get; }
    public string PackagesDirectory { get; }
    public string ProjectsDirectory { get; }
    public string GoCache => Path.Combine(RunDirectory, "gocache");
    public string GoPath => Path.Combine(RunDirectory, "gopath");
    public string GoSdkHome => Path.Combine(RunDirectory, "gosdk-home");

    /// <summary>The environment every command of the run gets: no telemetry or node reuse, the run's own caches.</summary>
    public Dictionary<string, string?> BaseEnvironment() => new()
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["NUGET_PACKAGES"] = null,
        ["GOCACHE"] = GoCache,
        ["GOPATH"] = GoPath,
        ["GOFLAGS"] = null,
        ["GOSDK_HOME"] = GoSdkHome,
    };

    /// <summary>A new empty folder for one test's projects; its name has a space and a non-ASCII letter on purpose.</summary>
    public TestProject CreateProject(string name)
    {
        var directory = Path.Combine(ProjectsDirectory, $"{name} ü {Guid.NewGuid():N}"[..(name.Length + 11)]);
        Directory.CreateDirectory(directory);
        return new TestProject(this, directory);
    }

    public void Dispose()
    {
        if (_mirror.IsValueCreated)
        {
            _mirror.Value.Dispose();
        }
        if (Environment.GetEnvironmentVariable("GOSDK_KEEP_TEST_FOLDERS") != "1")
        {
            try
            {
                Directory.Delete(RunDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Go's module cache is read-only by design; what cannot be deleted stays in the temp folder.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class GoSdkCollection : ICollectionFixture<GoSdkFixture>
{
    public const string Name = "Go.Sdk package";
}
