using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// What a Go build reads, and what to watch to know that this set is still complete: the files of every local
/// package and module, the folders whose new entries could join the build (a new .go file, a file an embed
/// pattern matches, a go.sum), and the go.work files that do not exist but would change the build if they did.
/// </summary>
/// <param name="Files">Absolute paths of the files the build reads.</param>
/// <param name="WatchedDirectories">Folders whose list of entries must stay the same.</param>
/// <param name="AbsentFiles">Files that must keep not existing.</param>
public sealed record BuildInputs(
    IReadOnlyList<string> Files,
    IReadOnlyList<WatchedDirectory> WatchedDirectories,
    IReadOnlyList<string> AbsentFiles)
{
    /// <param name="packages">The packages of the build, as <c>go list -deps</c> gave them.</param>
    /// <param name="mainModuleDirectory">The folder of go.mod.</param>
    /// <param name="goWork">GOWORK as set for the build: empty to search for go.work, <c>off</c>, or a path.</param>
    /// <param name="fileExists">File.Exists, injected for tests.</param>
    public static BuildInputs From(IEnumerable<GoListPackage> packages, string mainModuleDirectory, string? goWork, Func<string, bool> fileExists)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var watched = new Dictionary<string, bool>(StringComparer.Ordinal);
        var moduleDirectories = new SortedSet<string>(StringComparer.Ordinal) { mainModuleDirectory };
        void Watch(string directory, bool includeHidden) =>
            watched[directory] = includeHidden || (watched.TryGetValue(directory, out var hidden) && hidden);

        foreach (var package in packages.Where(p => p.IsLocal && p.Directory.Length > 0))
        {
            moduleDirectories.Add(package.ModuleDirectory!);
            // A package that embeds can gain files any of its patterns match, hidden ones included.
            Watch(package.Directory, package.Embeds);
            foreach (var name in package.Files)
            {
                var path = Path.GetFullPath(Path.Combine(package.Directory, name));
                files.Add(path);
                if (package.Embeds)
                {
                    for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > package.Directory.Length; folder = Path.GetDirectoryName(folder))
                    {
                        Watch(folder, includeHidden: true);
                    }
                }
            }
        }

        foreach (var module in moduleDirectories)
        {
            // A go.sum or vendor folder that appears later shows in the module folder's listing.
            Watch(module, includeHidden: false);
            foreach (var name in new[] { "go.mod", "go.sum", Path.Combine("vendor", "modules.txt") })
            {
                var path = Path.Combine(module, name);
                if (fileExists(path))
                {
                    files.Add(path);
                }
            }
        }

        var absent = new List<string>();
        foreach (var workFile in WorkspaceFiles(mainModuleDirectory, goWork, fileExists, absent))
        {
            files.Add(workFile);
        }
        return new BuildInputs(
            files.ToList(),
            watched.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => new WatchedDirectory(w.Key, w.Value)).ToList(),
            absent);
    }

    /// <summary>
    /// The same inputs, also watching every folder below <paramref name="patternRoots"/> that a <c>./...</c>-style
    /// pattern can match (not those Go's patterns skip: names starting with '.' or '_', testdata, vendor), so that
    /// a new package anywhere below them is noticed, however deep its parent folder is and whether or not that
    /// folder is a package itself.
    /// </summary>
    public BuildInputs WithPatternFolders(IEnumerable<string> patternRoots, ICollection<string> ignoredPaths)
    {
        var watched = WatchedDirectories.ToDictionary(w => w.Path, w => w.IncludeHidden, StringComparer.Ordinal);
        var pending = new Stack<string>(patternRoots.Where(Directory.Exists));
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (!watched.ContainsKey(folder))
            {
                watched[folder] = false;
            }
            foreach (var child in Directory.EnumerateDirectories(folder))
            {
                var name = Path.GetFileName(child);
                if (!name.StartsWith(".", StringComparison.Ordinal) && !name.StartsWith("_", StringComparison.Ordinal)
                    && name != "testdata" && name != "vendor" && !ignoredPaths.Contains(child))
                {
                    pending.Push(child);
                }
            }
        }
        return this with
        {
            WatchedDirectories = watched.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => new WatchedDirectory(w.Key, w.Value)).ToList(),
        };
    }

    // go.work and go.work.sum as cmd/go finds them: GOWORK when set, else the first go.work in the module's folder
    // or above. Every folder searched without finding one is recorded, since a go.work created there would count.
    private static IEnumerable<string> WorkspaceFiles(string mainModuleDirectory, string? goWork, Func<string, bool> fileExists, List<string> absent)
    {
        string? workFile = null;
        if (goWork == "off")
        {
            yield break;
        }
        if (!string.IsNullOrEmpty(goWork))
        {
            workFile = Path.GetFullPath(Path.Combine(mainModuleDirectory, goWork));
        }
        else
        {
            for (var folder = mainModuleDirectory; folder is not null; folder = Path.GetDirectoryName(folder))
            {
                var candidate = Path.Combine(folder, "go.work");
                if (fileExists(candidate))
                {
                    workFile = candidate;
                    break;
                }
                absent.Add(candidate);
            }
        }
        if (workFile is not null && fileExists(workFile))
        {
            yield return workFile;
            if (fileExists(workFile + ".sum"))
            {
                yield return workFile + ".sum";
            }
        }
    }
}

/// <summary>A folder whose entries are watched; hidden entries (names starting with '.') only when they can matter.</summary>
public sealed record WatchedDirectory(string Path, bool IncludeHidden);
