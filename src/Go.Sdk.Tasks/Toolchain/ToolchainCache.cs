using System.IO;
using Go.Sdk.Tasks.Toolchain.Installation;

namespace Go.Sdk.Tasks.Toolchain;

/// <summary>
/// Go.Sdk's per-user toolchain cache: <c>&lt;GoSdkHome&gt;/toolchains/go1.22.12.linux-amd64/</c> is a complete GOROOT,
/// and the marker file <see cref="MarkerFileName"/> inside it is written last, after the install was verified and
/// moved into place. A folder without the marker is an interrupted install and is never used; one whose marker no
/// longer matches <c>bin/go</c> and <c>VERSION</c> was changed after install and is replaced.
/// </summary>
public sealed class ToolchainCache
{
    public const string MarkerFileName = ".gosdk-install";

    public ToolchainCache(string home)
    {
        Home = Path.GetFullPath(home);
    }

    public string Home { get; }

    public string ToolchainsDirectory => Path.Combine(Home, "toolchains");

    public string GoRootFor(ArchiveName toolchain) => Path.Combine(ToolchainsDirectory, toolchain.PlatformName);

    public string MarkerFor(ArchiveName toolchain) => Path.Combine(GoRootFor(toolchain), MarkerFileName);

    /// <summary>The install record of <paramref name="toolchain"/>, or null when it has none (not installed, or interrupted).</summary>
    public InstallMarker? ReadMarker(ArchiveName toolchain) => InstallMarker.Read(MarkerFor(toolchain));

    /// <summary>Why the cached <paramref name="toolchain"/> cannot be used, or null when it is installed and intact.</summary>
    public string? InstallProblem(ArchiveName toolchain) =>
        InstallMarker.Problem(GoRootFor(toolchain), toolchain, ReadMarker(toolchain));
}
