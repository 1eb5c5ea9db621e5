using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Platforms;
using Go.Sdk.Tasks.Toolchain.Trust;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Toolchain;

/// <summary>
/// Decides which Go toolchain a project uses and finds it on this machine, reading files only.
/// The version comes from <c>GoVersion</c> (exact, pre-release, or <c>1.22</c> = newest known patch), else go.mod's
/// <c>toolchain</c> line, else its <c>go</c> line. The toolchain comes from <c>GoRoot</c>, else the Go.Sdk cache,
/// else an installed Go of exactly that version. When none is found <see cref="GoRootResolved"/> is empty and
/// the toolchain is acquired next (or, offline, a coded error names every place searched).
/// </summary>
public sealed class ResolveGoToolchain : GoSdkTask
{
    [Required] public string GoModDirectory { get; set; } = "";
    [Required] public string GoSdkHome { get; set; } = "";

    /// <summary>The project's GoVersion, if set.</summary>
    public string? GoVersion { get; set; }

    /// <summary>An existing toolchain to use instead of finding or acquiring one.</summary>
    public string? GoRoot { get; set; }

    public bool UseHostToolchain { get; set; } = true;

    /// <summary>When true a missing toolchain is an error here; when false it is left for acquisition.</summary>
    public bool Offline { get; set; }

    /// <summary>The embedded checksum manifest: the list of releases a floating pin resolves against.</summary>
    public ITaskItem[] ReleaseManifests { get; set; } = System.Array.Empty<ITaskItem>();

    [Output] public string GoVersionResolved { get; private set; } = "";
    [Output] public string GoRootResolved { get; private set; } = "";
    [Output] public string GoExecutable { get; private set; } = "";
    /// <summary><c>go1.22.12.linux-amd64</c>: the host toolchain to acquire when none was found.</summary>
    [Output] public string ToolchainName { get; private set; } = "";

    protected override void ExecuteCore()
    {
        var goMod = Path.Combine(GoModDirectory, "go.mod");
        if (!File.Exists(goMod))
        {
            throw new GoSdkException(Messages.NoGoMod(GoModDirectory));
        }
        var module = GoModFile.Read(goMod);

        if (!string.IsNullOrEmpty(GoRoot))
        {
            UseGoRoot(GoRoot!);
            return;
        }

        var wanted = RequestedVersion(module);
        var name = new ArchiveName(wanted, HostPlatform.GoOS, HostPlatform.GoArch);
        GoVersionResolved = wanted.ToString();
        ToolchainName = name.PlatformName;

        var locator = new ToolchainLocator();
        var found = locator.Find(name, new ToolchainCache(GoSdkHome), UseHostToolchain);
        if (found is not null)
        {
            GoRootResolved = found.GoRoot;
            GoExecutable = found.GoExecutable;
            Log.LogMessage(MessageImportance.Low, $"Go {wanted} found at {found.GoRoot}.");
        }
        else if (Offline)
        {
            throw new GoSdkException(Messages.ToolchainNotFound(wanted.ToString(), string.Join(", ", locator.Searched)));
        }
        else
        {
            Log.LogMessage(MessageImportance.Low, $"Go {wanted} is not installed here (searched {string.Join(", ", locator.Searched)}); it will be acquired.");
        }
    }

    private void UseGoRoot(string goRoot)
    {
        var info = GoRootInfo.Read(goRoot);
        if (info.Problem is not null)
        {
            throw new GoSdkException(Messages.NotAGoRoot(goRoot, info.Problem));
        }
        if (!info.GoIsExecutable)
        {
            throw new GoSdkException(Messages.GoNotExecutable(info.GoExecutable));
        }
        if (!string.IsNullOrEmpty(GoVersion))
        {
            var pinned = ParseGoVersionProperty();
            bool matches = pinned.IsFamily
                ? info.Version!.Family.Equals(pinned)
                : pinned.Equals(info.Version);
            if (!matches)
            {
                throw new GoSdkException(Messages.GoRootVersionMismatch(goRoot, info.Version!.ToString(), pinned.ToString()));
            }
        }
        GoVersionResolved = info.Version!.ToString();
        GoRootResolved = info.GoRoot;
        GoExecutable = info.GoExecutable;
    }

    private GoVersion RequestedVersion(GoModFile module)
    {
        if (!string.IsNullOrEmpty(GoVersion))
        {
            var pinned = ParseGoVersionProperty();
            return pinned.IsFamily ? NewestKnownIn(pinned) : pinned;
        }
        return module.RequestedToolchain ?? throw new GoSdkException(Messages.NoVersionRequested(module.Path));
    }

    private GoVersion ParseGoVersionProperty() =>
        Toolchain.GoVersion.TryParse(GoVersion, out var v)
            ? v
            : throw new GoSdkException(Messages.InvalidGoVersion(GoVersion!, "the GoVersion property"));

    private GoVersion NewestKnownIn(GoVersion family)
    {
        var known = KnownReleases.FromChecksums(
            ReleaseManifests.SelectMany(m => ChecksumFile.Read(m.ItemSpec, "embedded manifest")));
        var newest = known.NewestIn(family)
            ?? throw new GoSdkException(Messages.UnknownFloatingVersion(family.ToString(), known.Newest?.ToString() ?? "none"));
        Log.LogMessage(MessageImportance.Normal, $"GoVersion {family} means Go {newest}, the newest {family} release in the Go.Sdk checksum manifest.");
        return newest;
    }
}
