using Go.Sdk.Tasks.Toolchain;
using Go.Sdk.Tasks.Toolchain.Trust;

namespace Go.Sdk.UpdateChecksums;

/// <summary>
/// Brings the embedded manifest up to date: the SHA-256 of every archive of every stable release since 1.21.0 from
/// the release index, and the <c>h1:</c> lines of the matching <c>golang.org/toolchain</c> module versions from the
/// checksum database (asked only for versions the manifest lacks). Existing lines are never dropped.
/// </summary>
public sealed class ChecksumUpdater
{
    private const int ParallelLookups = 8;

    private readonly HttpClient _http;
    private readonly TextWriter _log;

    public ChecksumUpdater(HttpClient http, TextWriter log)
    {
        _http = http;
        _log = log;
    }

    public async Task<UpdateSummary> RunAsync(UpdateOptions options, CancellationToken cancellationToken)
    {
        var index = ReleaseIndex.Parse(await ReadIndexAsync(options, cancellationToken).ConfigureAwait(false));
        var archives = index.StableArchives().ToList();

        var archivePath = Path.Combine(options.OutputDirectory, ManifestText.ArchivesFileName);
        var archiveSet = ChecksumSet.Read(archivePath);
        int archivesAdded = archiveSet.Add(archives.Select(a =>
            new ChecksumEntry(a.File.FileName, ChecksumKind.Sha256, a.File.Sha256.ToLowerInvariant(), options.IndexLocation)));

        var modulePath = Path.Combine(options.OutputDirectory, ManifestText.ModulesFileName);
        var moduleSet = ChecksumSet.Read(modulePath);
        var notInSumDb = new List<string>();
        int moduleLinesAdded = 0;
        if (!options.SkipSumDb)
        {
            var missing = archives
                .Select(a => a.File.ModuleVersion(a.Version))
                .Distinct(StringComparer.Ordinal)
                .Where(v => !moduleSet.Contains($"{ArchiveName.ToolchainModulePath}@{v}"))
                .ToList();
            var found = await LookupAllAsync(new SumDbClient(_http, options.SumDbBase), missing, cancellationToken).ConfigureAwait(false);
            foreach (var version in missing)
            {
                if (found[version] is { } entries)
                {
                    moduleLinesAdded += moduleSet.Add(entries);
                }
                else
                {
                    notInSumDb.Add(version);
                }
            }
        }

        Directory.CreateDirectory(options.OutputDirectory);
        await File.WriteAllTextAsync(archivePath, ManifestText.Archives(archiveSet.Entries), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(modulePath, ManifestText.ModuleSums(moduleSet.Entries), cancellationToken).ConfigureAwait(false);

        var summary = new UpdateSummary(archivesAdded, archiveSet.Entries.Count, moduleLinesAdded, moduleSet.Entries.Count, notInSumDb);
        _log.WriteLine(summary.Describe(archivePath, modulePath));
        return summary;
    }

    private async Task<string> ReadIndexAsync(UpdateOptions options, CancellationToken cancellationToken)
    {
        _log.WriteLine($"Reading the release index {options.IndexLocation}");
        return options.IndexIsFile
            ? await File.ReadAllTextAsync(options.IndexLocation, cancellationToken).ConfigureAwait(false)
            : await _http.GetStringAsync(options.IndexLocation, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Dictionary<string, IReadOnlyList<ChecksumEntry>?>> LookupAllAsync(
        SumDbClient sumDb, IReadOnlyList<string> versions, CancellationToken cancellationToken)
    {
        _log.WriteLine($"Asking {sumDb.BaseUrl} for {versions.Count} module version(s)");
        var results = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<ChecksumEntry>?>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            versions,
            new ParallelOptions { MaxDegreeOfParallelism = ParallelLookups, CancellationToken = cancellationToken },
            async (version, ct) => results[version] = await sumDb.LookupAsync(ArchiveName.ToolchainModulePath, version, ct).ConfigureAwait(false)).ConfigureAwait(false);
        return new Dictionary<string, IReadOnlyList<ChecksumEntry>?>(results, StringComparer.Ordinal);
    }
}

/// <summary>What an update changed; versions the checksum database does not know are listed, not fatal.</summary>
public sealed record UpdateSummary(int ArchivesAdded, int ArchivesTotal, int ModuleLinesAdded, int ModuleLinesTotal, IReadOnlyList<string> NotInSumDb)
{
    public string Describe(string archivePath, string modulePath)
    {
        var text = $"{archivePath}: {ArchivesAdded} added, {ArchivesTotal} in all.\n{modulePath}: {ModuleLinesAdded} added, {ModuleLinesTotal} in all.";
        return NotInSumDb.Count == 0
            ? text
            : text + $"\nNot in the checksum database (no module zip published for that platform): {string.Join(", ", NotInSumDb)}";
    }
}
