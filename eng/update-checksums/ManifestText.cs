using Go.Sdk.Tasks.Toolchain;
using Go.Sdk.Tasks.Toolchain.Trust;

namespace Go.Sdk.UpdateChecksums;

/// <summary>
/// The text of the two manifest files, in a fixed order so that an update's diff shows only what changed:
/// archives newest release first, then by file name (as go.dev lists them); module lines sorted as go.sum is.
/// Lines end in <c>\n</c> on every OS.
/// </summary>
public static class ManifestText
{
    public const string ArchivesFileName = "go-archives.sha256";
    public const string ModulesFileName = "go-toolchain-modules.sum";

    /// <summary><c>&lt;sha256&gt;  &lt;archive file name&gt;</c> lines, as sha256sum writes them.</summary>
    public static string Archives(IEnumerable<ChecksumEntry> entries) =>
        Lines(entries
            .OrderByDescending(e => ArchiveVersion(e))
            .ThenBy(e => e.Subject, StringComparer.Ordinal)
            .Select(e => $"{e.Value}  {e.Subject}"));

    /// <summary>go.sum lines: by module path, then version (semver), the zip's line before its <c>/go.mod</c> line.</summary>
    public static string ModuleSums(IEnumerable<ChecksumEntry> entries) =>
        Lines(entries
            .Select(e => (Entry: e, Key: GoSumKey.Of(e.Subject)))
            .OrderBy(x => x.Key.Module, StringComparer.Ordinal)
            .ThenBy(x => x.Key.Version, ModuleVersionOrder.Instance)
            .ThenBy(x => x.Key.IsGoMod)
            .Select(x => $"{x.Key.Module} {x.Key.Version}{(x.Key.IsGoMod ? "/go.mod" : "")} {x.Entry.Value}"));

    private static GoVersion ArchiveVersion(ChecksumEntry entry) =>
        ArchiveName.TryParse(entry.Subject, out var name)
            ? name.Version
            : throw new InvalidDataException($"{entry.Source}: '{entry.Subject}' is not an official Go archive name.");

    private static string Lines(IEnumerable<string> lines) => string.Concat(lines.Select(l => l + "\n"));

    /// <summary>A go.sum subject <c>module@version[/go.mod]</c> taken apart.</summary>
    private readonly record struct GoSumKey(string Module, string Version, bool IsGoMod)
    {
        public static GoSumKey Of(string subject)
        {
            int at = subject.IndexOf('@');
            if (at <= 0)
            {
                throw new InvalidDataException($"'{subject}' is not a module@version subject.");
            }
            var version = subject.Substring(at + 1);
            bool isGoMod = version.EndsWith("/go.mod", StringComparison.Ordinal);
            return new GoSumKey(subject.Substring(0, at), isGoMod ? version.Substring(0, version.Length - "/go.mod".Length) : version, isGoMod);
        }
    }
}
