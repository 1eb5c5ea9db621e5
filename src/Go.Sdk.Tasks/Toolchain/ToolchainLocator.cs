using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Platforms;

namespace Go.Sdk.Tasks.Toolchain;

/// <summary>
/// Finds an installed toolchain whose VERSION is exactly the one wanted: first the Go.Sdk cache, then (unless the
/// project says no) the places Go is commonly installed — /usr/local/go, Debian's /usr/lib/go-X.Y, golang.org/dl's
/// ~/sdk, the Azure DevOps and GitHub Actions tool caches, GOROOT, and every <c>go</c> on PATH.
/// </summary>
public sealed class ToolchainLocator
{
    private readonly Func<string, string?> _environment;

    public ToolchainLocator(Func<string, string?>? environment = null)
    {
        _environment = environment ?? Environment.GetEnvironmentVariable;
    }

    /// <summary>Every folder examined by the last <see cref="Find"/>, in order, for the "not found" message.</summary>
    public List<string> Searched { get; } = new();

    public GoRootInfo? Find(ArchiveName wanted, ToolchainCache cache, bool searchHost)
    {
        Searched.Clear();
        var cached = cache.GoRootFor(wanted);
        Searched.Add(cached);
        if (cache.InstallProblem(wanted) is null && Matches(GoRootInfo.Read(cached), wanted.Version) is { } fromCache)
        {
            return fromCache;
        }
        if (!searchHost)
        {
            return null;
        }
        foreach (var candidate in HostCandidates(wanted.Version).Distinct(PathComparer))
        {
            Searched.Add(candidate);
            if (Matches(GoRootInfo.Read(candidate), wanted.Version) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private static GoRootInfo? Matches(GoRootInfo info, GoVersion wanted) =>
        info.IsUsable && wanted.Equals(info.Version) ? info : null;

    private IEnumerable<string> HostCandidates(GoVersion v)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var arch = HostPlatform.GoArch == "amd64" ? "x64" : HostPlatform.GoArch;

        // Hosted-agent tool caches (Azure DevOps, GitHub Actions): <cache>/go/1.22.12/x64
        foreach (var variable in new[] { "AGENT_TOOLSDIRECTORY", "RUNNER_TOOL_CACHE" })
        {
            if (_environment(variable) is { Length: > 0 } toolCache)
            {
                yield return Path.Combine(toolCache, "go", v.ToString(), arch);
            }
        }
        if (_environment("GOROOT") is { Length: > 0 } goRoot)
        {
            yield return goRoot;
        }
        if (!string.IsNullOrEmpty(home))
        {
            yield return Path.Combine(home, "sdk", v.GoName); // golang.org/dl/go1.22.12
        }
        if (HostPlatform.IsWindows)
        {
            var programFiles = Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles);
            yield return Path.Combine(programFiles, "Go");
        }
        else
        {
            yield return "/usr/local/go";
            yield return $"/usr/lib/go-{v.Major}.{v.Minor}";
            yield return "/usr/lib/go";
            yield return "/opt/hostedtoolcache/go/" + v + "/" + arch;
        }
        foreach (var fromPath in GoRootsOnPath())
        {
            yield return fromPath;
        }
    }

    private IEnumerable<string> GoRootsOnPath()
    {
        var path = _environment("PATH") ?? "";
        foreach (var dir in path.Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries))
        {
            string go;
            try
            {
                go = Path.Combine(dir.Trim('"'), HostPlatform.ExecutableName("go"));
            }
            catch (ArgumentException)
            {
                continue; // a PATH entry with characters no path may hold
            }
            if (File.Exists(go))
            {
                // bin/go is often a link (/usr/bin/go -> ../lib/go-1.22/bin/go): its GOROOT is the real bin's parent.
                var bin = Path.GetDirectoryName(ResolveLinks(go));
                if (bin is not null && Path.GetDirectoryName(bin) is { } root)
                {
                    yield return root;
                }
            }
        }
    }

    private static string ResolveLinks(string path)
    {
#if NETFRAMEWORK
        return path;
#else
        try
        {
            return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            return path;
        }
#endif
    }

    private static StringComparer PathComparer => HostPlatform.IsWindows ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
}
