using System.Collections.Generic;
using System.Linq;
using Go.Sdk.Tasks.Toolchain.Trust;

namespace Go.Sdk.Tasks.Toolchain;

/// <summary>
/// The Go releases Go.Sdk knows, read from the archive names in its embedded checksum manifest. A floating pin
/// (<c>1.22</c>) resolves against this list, never against the network, so the same project gives the same
/// toolchain on every machine until Go.Sdk itself is updated.
/// </summary>
public sealed class KnownReleases
{
    private readonly List<GoVersion> _releases;

    public KnownReleases(IEnumerable<GoVersion> releases)
    {
        _releases = releases.Where(v => !v.IsFamily).Distinct().OrderBy(v => v).ToList();
    }

    public static KnownReleases FromChecksums(IEnumerable<ChecksumEntry> entries) =>
        new(entries
            .Where(e => e.Kind == ChecksumKind.Sha256)
            .Select(e => ArchiveName.TryParse(e.Subject, out var name) ? name.Version : null)
            .Where(v => v is not null)!);

    public GoVersion? Newest => _releases.LastOrDefault(v => !v.IsPrerelease);

    /// <summary>The newest stable release of <paramref name="family"/> (<c>1.22</c> → <c>1.22.12</c>), if any is known.</summary>
    public GoVersion? NewestIn(GoVersion family) =>
        _releases.LastOrDefault(v => !v.IsPrerelease && v.Major == family.Major && v.Minor == family.Minor);
}
