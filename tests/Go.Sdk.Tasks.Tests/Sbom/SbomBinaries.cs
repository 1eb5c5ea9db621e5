using System.Collections.Concurrent;
using System.IO.Compression;
using Go.Sdk.Tasks.Platforms;
using Go.Sdk.Tasks.Tests.Platforms;

namespace Go.Sdk.Tasks.Tests.Sbom;

/// <summary>
/// Builds TestData/Sbom/app — which requires example.com/greeting from a module proxy on the file system (so the
/// binary records an <c>h1:</c> checksum) and example.com/local through a folder <c>replace</c> — with the installed
/// Go toolchains, as Go.Sdk builds it (-trimpath, -buildvcs=false, -buildid=, -s -w). No network: the proxy is a
/// folder this fixture writes. Each distinct build happens once; everything is deleted with the fixture.
/// </summary>
public sealed class SbomBinaries : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("gosdk-sbom-").FullName;
    private readonly ConcurrentDictionary<string, Lazy<string>> _built = new();
    private readonly object _buildLock = new();

    public SbomBinaries()
    {
        WriteModuleProxy();
        CopyFolder(TestData("app"), Path.Combine(_root, "src", "app"));
        CopyFolder(TestData("local"), Path.Combine(_root, "src", "local"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static string GoExecutable(string goMinor) => $"/usr/lib/go-{goMinor}/bin/go";

    /// <summary>Builds the app with Go <paramref name="goMinor"/> (e.g. "1.22") for <paramref name="target"/> and returns the binary.</summary>
    public string Build(string goMinor, string target = "linux/amd64", string buildMode = "exe")
    {
        var key = $"{goMinor}|{target}|{buildMode}";
        return _built.GetOrAdd(key, _ => new Lazy<string>(() => GoBuild(goMinor, TargetPlatform.Parse(target), buildMode))).Value;
    }

    /// <summary>What <c>go version -m</c> of the same toolchain prints for <paramref name="binary"/>.</summary>
    public string GoVersionM(string goMinor, string binary) =>
        ToolRun.Run(GoExecutable(goMinor), _root, new[] { "version", "-m", binary }, Environment());

    private string GoBuild(string goMinor, TargetPlatform target, string buildMode)
    {
        var name = buildMode == "c-archive" ? "libsbomapp.a" : OutputFileNames.For(target.GoOS, "exe", "sbomapp");
        var output = Path.Combine(_root, "out", $"go{goMinor}-{target.FolderName}-{buildMode}", name);
        var environment = Environment();
        foreach (var (key, value) in target.GoEnvironment())
        {
            environment[key] = value;
        }
        environment["CGO_ENABLED"] = buildMode == "c-archive" ? "1" : "0";
        // Builds share the app folder, and the first one writes its go.sum.
        lock (_buildLock)
        {
            ToolRun.Run(GoExecutable(goMinor), Path.Combine(_root, "src", "app"),
                new[] { "build", "-trimpath", "-buildvcs=false", "-buildmode=" + buildMode, "-ldflags=-buildid= -s -w", "-o", output, "." },
                environment);
        }
        return output;
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["GOTOOLCHAIN"] = "local",
        ["GOFLAGS"] = "-mod=mod -modcacherw",
        ["GOPROXY"] = new Uri(Path.Combine(_root, "proxy")).AbsoluteUri,
        ["GOSUMDB"] = "off",
        ["GONOSUMDB"] = "",
        ["GOMODCACHE"] = Path.Combine(_root, "modcache"),
        ["GOCACHE"] = Path.Combine(Path.GetTempPath(), "gosdk-tests-gocache"),
        ["GOPATH"] = Path.Combine(_root, "gopath"),
    };

    /// <summary>The GOPROXY protocol on disk: @v/list, .info, .mod and the module zip with its path@version prefix.</summary>
    private void WriteModuleProxy()
    {
        const string module = "example.com/greeting";
        const string version = "v1.2.0";
        var versions = Path.Combine(_root, "proxy", "example.com", "greeting", "@v");
        Directory.CreateDirectory(versions);
        File.WriteAllText(Path.Combine(versions, "list"), version + "\n");
        File.WriteAllText(Path.Combine(versions, version + ".info"), $"{{\"Version\":\"{version}\",\"Time\":\"2024-01-01T00:00:00Z\"}}\n");
        File.Copy(Path.Combine(TestData("greeting"), "go.mod"), Path.Combine(versions, version + ".mod"));
        using var zip = ZipFile.Open(Path.Combine(versions, version + ".zip"), ZipArchiveMode.Create);
        foreach (var file in Directory.GetFiles(TestData("greeting")))
        {
            zip.CreateEntryFromFile(file, $"{module}@{version}/{Path.GetFileName(file)}");
        }
    }

    private static string TestData(string folder) => Path.Combine(AppContext.BaseDirectory, "TestData", "Sbom", folder);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
