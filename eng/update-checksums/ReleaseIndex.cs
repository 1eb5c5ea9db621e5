using System.Text.Json;
using System.Text.Json.Serialization;
using Go.Sdk.Tasks.Toolchain;

namespace Go.Sdk.UpdateChecksums;

/// <summary>
/// go.dev's release index (<c>https://go.dev/dl/?mode=json&amp;include=all</c>): releases newest first, each with
/// its files. Only what the manifest needs is modelled; unknown fields are ignored.
/// </summary>
public sealed class ReleaseIndex
{
    /// <summary>The first release published as a <c>golang.org/toolchain</c> module, and so the oldest Go.Sdk lists.</summary>
    public static readonly GoVersion OldestListed = GoVersion.Parse("1.21.0");

    private ReleaseIndex(IReadOnlyList<IndexRelease> releases)
    {
        Releases = releases;
    }

    public IReadOnlyList<IndexRelease> Releases { get; }

    public static ReleaseIndex Parse(string json) =>
        new(JsonSerializer.Deserialize<List<IndexRelease>>(json)
            ?? throw new InvalidDataException("The release index is empty ('null')."));

    /// <summary>
    /// Every archive of every stable release since <see cref="OldestListed"/> that has a published SHA-256, in the
    /// index's order. Installers and sources are left out: Go.Sdk only ever downloads archives.
    /// </summary>
    public IEnumerable<(GoVersion Version, IndexFile File)> StableArchives()
    {
        foreach (var release in Releases)
        {
            if (!release.Stable || !GoVersion.TryParse(release.Version, out var version)
                || version.IsPrerelease || version.IsFamily || version.CompareTo(OldestListed) < 0)
            {
                continue;
            }
            foreach (var file in release.Files.Where(f => f.Kind == "archive" && !string.IsNullOrEmpty(f.Sha256)))
            {
                yield return (version, file);
            }
        }
    }
}

/// <summary>One release of the index (<c>go1.22.12</c>).</summary>
public sealed record IndexRelease(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("stable")] bool Stable,
    [property: JsonPropertyName("files")] IReadOnlyList<IndexFile> Files);

/// <summary>One downloadable file of a release; <see cref="Kind"/> is <c>archive</c>, <c>installer</c> or <c>source</c>.</summary>
public sealed record IndexFile(
    [property: JsonPropertyName("filename")] string FileName,
    [property: JsonPropertyName("os")] string OS,
    [property: JsonPropertyName("arch")] string Arch,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("kind")] string Kind)
{
    /// <summary>
    /// The <c>golang.org/toolchain</c> version of this archive's platform. The archives call 32-bit ARM
    /// <c>armv6l</c>, the module versions use GOARCH itself (<c>arm</c>), as the checksum database shows.
    /// </summary>
    public string ModuleVersion(GoVersion version) =>
        $"v0.0.1-{version.GoName}.{OS}-{(Arch == "armv6l" ? "arm" : Arch)}";
}
