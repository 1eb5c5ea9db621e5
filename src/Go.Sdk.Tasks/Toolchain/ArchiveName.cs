using System.Text.RegularExpressions;

namespace Go.Sdk.Tasks.Toolchain;

/// <summary>
/// The official names of a toolchain for one platform: the archive <c>go1.22.12.linux-amd64.tar.gz</c>
/// (<c>.zip</c> for Windows) and the module version <c>v0.0.1-go1.22.12.linux-amd64</c> of <c>golang.org/toolchain</c>.
/// </summary>
public sealed record ArchiveName(GoVersion Version, string GoOS, string GoArch)
{
    public const string ToolchainModulePath = "golang.org/toolchain";

    private static readonly Regex Pattern = new(@"^(?<v>go[0-9a-z.]+)\.(?<os>[a-z0-9]+)-(?<arch>[a-z0-9]+)\.(?:tar\.gz|zip)$");

    /// <summary>
    /// Windows archives are zips; every other platform's is a gzipped tar. 32-bit arm archives say
    /// <c>armv6l</c> where GOARCH (and the toolchain module) says <c>arm</c>.
    /// </summary>
    public string ArchiveFileName =>
        $"{Version.GoName}.{GoOS}-{(GoArch == "arm" ? "armv6l" : GoArch)}.{(GoOS == "windows" ? "zip" : "tar.gz")}";

    /// <summary><c>go1.22.12.linux-amd64</c>: also the name of the toolchain's folder in the Go.Sdk cache.</summary>
    public string PlatformName => $"{Version.GoName}.{GoOS}-{GoArch}";

    public string ModuleVersion => $"v0.0.1-{PlatformName}";

    /// <summary>The subject of the module zip's go.sum line: <c>golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64</c>.</summary>
    public string ModuleSubject => $"{ToolchainModulePath}@{ModuleVersion}";

    public static bool TryParse(string fileName, out ArchiveName name)
    {
        name = null!;
        var m = Pattern.Match(fileName);
        if (!m.Success || !GoVersion.TryParse(m.Groups["v"].Value, out var version))
        {
            return false;
        }
        var arch = m.Groups["arch"].Value;
        name = new ArchiveName(version, m.Groups["os"].Value, arch == "armv6l" ? "arm" : arch);
        return true;
    }
}
