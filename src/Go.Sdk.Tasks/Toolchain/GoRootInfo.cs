using System;
using System.IO;
using Go.Sdk.Tasks.Platforms;

namespace Go.Sdk.Tasks.Toolchain;

/// <summary>
/// What a GOROOT folder says about itself, read from files only: the first line of <c>VERSION</c>
/// (<c>go1.22.12</c>) and whether <c>bin/go</c> is there and executable. Starting <c>go</c> to ask would cost
/// tens of milliseconds in every build.
/// </summary>
public sealed record GoRootInfo(string GoRoot, GoVersion? Version, string GoExecutable, string? Problem, bool GoIsExecutable = false)
{
    /// <summary>A toolchain folder with a readable version and a <c>go</c> that may be started.</summary>
    public bool IsUsable => Problem is null && GoIsExecutable;

    public static GoRootInfo Read(string goRoot)
    {
        var root = Path.GetFullPath(goRoot);
        var go = Path.Combine(root, "bin", HostPlatform.ExecutableName("go"));
        var versionFile = Path.Combine(root, "VERSION");
        if (!Directory.Exists(root))
        {
            return new GoRootInfo(root, null, go, "the folder does not exist");
        }
        if (!File.Exists(versionFile))
        {
            return new GoRootInfo(root, null, go, "it has no VERSION file");
        }
        var first = ReadFirstLine(versionFile);
        if (!GoVersion.TryParse(first, out var version))
        {
            return new GoRootInfo(root, null, go, $"its VERSION file starts with '{first}', not a Go version");
        }
        if (!File.Exists(go))
        {
            return new GoRootInfo(root, version, go, $"it has no {Path.Combine("bin", HostPlatform.ExecutableName("go"))}");
        }
        return new GoRootInfo(root, version, go, null, IsExecutable(go));
    }

    private static string ReadFirstLine(string path)
    {
        using var reader = new StreamReader(path);
        return (reader.ReadLine() ?? "").Trim();
    }

    private static bool IsExecutable(string path)
    {
#if NETFRAMEWORK
        return true; // .NET Framework runs on Windows, where any .exe may run.
#else
        if (OperatingSystem.IsWindows())
        {
            return true;
        }
        const UnixFileMode anyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        return (File.GetUnixFileMode(path) & anyExecute) != 0;
#endif
    }
}
