using System;
using System.Collections.Generic;

namespace Go.Sdk.Tasks.Sbom;

/// <summary>
/// What a Go binary says about how it was built (Go's <c>debug.BuildInfo</c>): the toolchain, the main package and
/// module, every module that contributed packages, and the build settings. <c>go version -m</c> prints the same.
/// </summary>
/// <param name="GoVersion">The toolchain that linked the binary, e.g. <c>go1.22.12</c>.</param>
/// <param name="Path">The main package's import path, e.g. <c>example.com/hello/cmd/hello</c>.</param>
/// <param name="Main">The main module; its version is <c>(devel)</c> for a build from a checkout.</param>
/// <param name="Dependencies">In the order Go lists them (sorted by path).</param>
/// <param name="Settings">In the order Go lists them.</param>
public sealed record GoBuildInfo(
    string GoVersion,
    string Path,
    GoModule? Main,
    IReadOnlyList<GoModule> Dependencies,
    IReadOnlyList<GoBuildSetting> Settings)
{
    /// <summary>The value of the build setting <paramref name="key"/> (<c>GOOS</c>, <c>-buildmode</c>, …), or null.</summary>
    public string? Setting(string key)
    {
        foreach (var setting in Settings)
        {
            if (setting.Key == key)
            {
                return setting.Value;
            }
        }
        return null;
    }
}

/// <summary>A module in a build: its path, version and <c>h1:</c> checksum (empty for the main module and folders).</summary>
/// <param name="Replacement">The module or folder a go.mod <c>replace</c> directive put in its place, or null.</param>
public sealed record GoModule(string Path, string Version, string Sum, GoModule? Replacement = null)
{
    /// <summary>
    /// A <c>replace</c> by a folder (<c>=&gt; ../lib</c>, recorded with version <c>(devel)</c>): the code came from
    /// there, with no version or checksum. Go tells a folder from a module path the same way (modfile.IsDirectoryPath).
    /// </summary>
    public bool IsReplacedByFolder => Replacement is { } replacement && IsDirectoryPath(replacement.Path);

    private static bool IsDirectoryPath(string path) =>
        path.StartsWith("./", StringComparison.Ordinal) || path.StartsWith("../", StringComparison.Ordinal)
        || path.StartsWith(".\\", StringComparison.Ordinal) || path.StartsWith("..\\", StringComparison.Ordinal)
        || path.StartsWith("/", StringComparison.Ordinal) || path == "." || path == ".."
        || (path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':');
}

/// <summary>One build setting, e.g. <c>GOARCH=amd64</c>, <c>-ldflags=-s -w</c>, <c>CGO_ENABLED=0</c>.</summary>
public sealed record GoBuildSetting(string Key, string Value);
