using System.Collections.Concurrent;
using Go.Sdk.Tasks.Platforms;

namespace Go.Sdk.Tasks.Tests.Platforms;

/// <summary>
/// Builds the tiny programs in TestData/Platforms with a real Go toolchain (once per distinct build, shared by the
/// tests of a class) so headers are checked on what Go really writes. The folder is removed with the fixture.
/// </summary>
public sealed class GoBuilds : IDisposable
{
    public static readonly string GoExecutable = Environment.GetEnvironmentVariable("GOSDK_TEST_GO") ?? "/usr/lib/go-1.24/bin/go";

    private readonly string _root = Directory.CreateTempSubdirectory("gosdk-platforms-").FullName;
    private readonly ConcurrentDictionary<string, Lazy<string>> _built = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Builds TestData/Platforms/<paramref name="program"/> for <paramref name="target"/> and returns the binary's path.</summary>
    /// <param name="cc">null for CGO_ENABLED=0; otherwise the CC to build with.</param>
    /// <param name="copy">Distinguishes a second, independent build of the same thing (reproducibility checks).</param>
    public string Build(string program, TargetPlatform target, string? cc = null, string ldflags = "", int copy = 0)
    {
        var key = $"{program}|{target.DisplayName}|{cc}|{ldflags}|{copy}";
        return _built.GetOrAdd(key, _ => new Lazy<string>(() => GoBuild(program, target, cc, ldflags, copy))).Value;
    }

    private string GoBuild(string program, TargetPlatform target, string? cc, string ldflags, int copy)
    {
        var output = Path.Combine(_root, $"{program}-{target.FolderName}-{(cc is null ? "nocgo" : "cgo")}-{copy}",
            OutputFileNames.For(target.GoOS, "exe", program));
        var environment = target.GoEnvironment().ToDictionary(kv => kv.Key, kv => kv.Value);
        environment["GOTOOLCHAIN"] = "local";
        environment["GOFLAGS"] = "";
        environment["GOPROXY"] = "off";
        environment["GOCACHE"] = Path.Combine(Path.GetTempPath(), "gosdk-tests-gocache");
        environment["GOPATH"] = Path.Combine(Path.GetTempPath(), "gosdk-tests-gopath");
        environment["CGO_ENABLED"] = cc is null ? "0" : "1";
        if (cc is not null)
        {
            environment["CC"] = cc;
        }
        ToolRun.Run(
            GoExecutable,
            Path.Combine(AppContext.BaseDirectory, "TestData", "Platforms", program),
            new[] { "build", "-trimpath", "-buildvcs=false", "-ldflags=-buildid= " + ldflags, "-o", output, "." },
            environment);
        return output;
    }

    /// <summary>Runs a binary built for this machine and returns what it printed.</summary>
    public static string RunBinary(string path) => ToolRun.Run(path, Path.GetDirectoryName(path)!, Array.Empty<string>());
}
