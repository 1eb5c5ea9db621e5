using System;
using System.IO;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Toolchain.Installation;

/// <summary>
/// Moves a verified, unpacked toolchain into the cache without ever exposing half of it: everything happens in a
/// work folder beside the final one (same volume, so the last step is an atomic rename), and the install record is
/// written after the rename. Call every method while holding the <see cref="ToolchainLock"/> of the toolchain.
/// </summary>
public sealed class ToolchainInstaller
{
    private readonly ToolchainCache _cache;

    public ToolchainInstaller(ToolchainCache cache)
    {
        _cache = cache;
    }

    /// <summary>
    /// Removes what interrupted installs of <paramref name="toolchain"/> left (work folders, replaced installs).
    /// Only the lock holder could be using them, and that is the caller.
    /// </summary>
    public void RemoveLeftovers(ArchiveName toolchain)
    {
        if (!Directory.Exists(_cache.ToolchainsDirectory))
        {
            return;
        }
        foreach (var pattern in new[] { WorkPrefix(toolchain) + "*", RetiredPrefix(toolchain) + "*" })
        {
            foreach (var leftover in Directory.GetDirectories(_cache.ToolchainsDirectory, pattern))
            {
                CacheDirectory.Delete(leftover);
            }
        }
    }

    /// <summary>A new, empty work folder for one attempt at installing <paramref name="toolchain"/>.</summary>
    public InstallWorkspace CreateWorkspace(ArchiveName toolchain)
    {
        var path = Path.Combine(_cache.ToolchainsDirectory, WorkPrefix(toolchain) + Unique());
        CacheDirectory.Create(path);
        return new InstallWorkspace(path);
    }

    /// <summary>
    /// Puts the workspace's GOROOT in place of whatever the cache holds for <paramref name="toolchain"/> and writes
    /// its install record; returns the final GOROOT. Refuses a GOROOT that is not the toolchain it claims to be.
    /// </summary>
    public string Commit(InstallWorkspace workspace, ArchiveName toolchain, string archiveName, string verifiedBy)
    {
        var info = GoRootInfo.Read(workspace.GoRoot);
        if (info.Problem is not null)
        {
            throw new GoSdkException(Messages.NotAToolchainArchive(archiveName, info.Problem));
        }
        if (!toolchain.Version.Equals(info.Version))
        {
            throw new GoSdkException(Messages.NotAToolchainArchive(archiveName, $"its VERSION says {info.Version}, not {toolchain.Version}"));
        }

        var goRoot = _cache.GoRootFor(toolchain);
        CacheDirectory.Guard(goRoot, () =>
        {
            if (Directory.Exists(goRoot))
            {
                // Renaming first keeps the swap short; the retired copy is deleted after the new one is in place.
                var retired = Path.Combine(_cache.ToolchainsDirectory, RetiredPrefix(toolchain) + Unique());
                Directory.Move(goRoot, retired);
                Directory.Move(workspace.GoRoot, goRoot);
                CacheDirectory.TryDelete(retired);
            }
            else
            {
                Directory.Move(workspace.GoRoot, goRoot);
            }
            InstallMarker.Describe(goRoot, toolchain, verifiedBy).Write(_cache.MarkerFor(toolchain));
        });
        return goRoot;
    }

    private static string WorkPrefix(ArchiveName toolchain) => $".{toolchain.PlatformName}.tmp-";

    private static string RetiredPrefix(ArchiveName toolchain) => $".{toolchain.PlatformName}.old-";

    private static string Unique() => Guid.NewGuid().ToString("N").Substring(0, 12);
}
