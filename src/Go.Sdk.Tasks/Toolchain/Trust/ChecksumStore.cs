using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Toolchain.Trust;

/// <summary>
/// Every checksum Go.Sdk trusts for one build, in three tiers: the explicit <c>GoToolchainSha256</c>, then the
/// user's <c>GoToolchainChecksums</c> files, then the manifest embedded in the package. A higher tier wins for the
/// same subject, because an enterprise that rebuilds Go must be able to override the official value. Within one
/// tier two different values for one subject are an error: there is no honest way to choose between them.
/// </summary>
public sealed class ChecksumStore
{
    /// <summary>The <see cref="ChecksumEntry.Source"/> of the value given by the GoToolchainSha256 property.</summary>
    public const string ExplicitSource = "GoToolchainSha256";

    private readonly Tier _explicit;
    private readonly Tier _user;
    private readonly Tier _embedded;

    public ChecksumStore(IEnumerable<ChecksumEntry> embedded, IEnumerable<ChecksumEntry> user)
        : this(new Tier(embedded), new Tier(user), new Tier(Enumerable.Empty<ChecksumEntry>()))
    {
    }

    private ChecksumStore(Tier embedded, Tier user, Tier explicitTier)
    {
        _embedded = embedded;
        _user = user;
        _explicit = explicitTier;
    }

    /// <summary>The embedded manifest's entries: also the list of releases a floating GoVersion resolves against.</summary>
    public IReadOnlyCollection<ChecksumEntry> EmbeddedEntries => _embedded.Entries;

    /// <summary>
    /// Reads the package's manifest files and the user's checksum files (each entry's source is the path as given).
    /// A missing or malformed user file, or two user files that disagree, is a coded error.
    /// </summary>
    public static ChecksumStore Load(IEnumerable<string> embeddedManifests, IEnumerable<string> userChecksumFiles)
    {
        var embedded = embeddedManifests.SelectMany(path => ReadFile(path, EmbeddedSource(path))).ToList();
        var user = userChecksumFiles.SelectMany(path => File.Exists(path)
            ? ReadFile(path, path)
            : throw new GoSdkException(Messages.ChecksumFileNotFound(path))).ToList();
        return new ChecksumStore(embedded, user);
    }

    /// <summary>How the log names a value that came from the package's own manifest.</summary>
    public static string EmbeddedSource(string manifestPath) => $"the Go.Sdk checksum manifest {manifestPath}";

    /// <summary>
    /// Adds the GoToolchainSha256 value for the one file being fetched (<paramref name="subject"/>: its archive file
    /// name, or the module subject when the toolchain comes from a proxy). Empty means not set.
    /// </summary>
    public ChecksumStore WithExplicitSha256(string subject, string? sha256)
    {
        if (string.IsNullOrWhiteSpace(sha256))
        {
            return this;
        }
        var value = sha256!.Trim();
        if (!ChecksumFile.IsSha256Hex(value))
        {
            throw new GoSdkException(Messages.InvalidToolchainSha256(value));
        }
        var entry = new ChecksumEntry(subject, ChecksumKind.Sha256, value.ToLowerInvariant(), ExplicitSource);
        return new ChecksumStore(_embedded, _user, new Tier(new[] { entry }));
    }

    /// <summary>The most trusted checksum known for <paramref name="subject"/>, or null when none is.</summary>
    public ChecksumEntry? Find(string subject) =>
        _explicit.Find(subject) ?? _user.Find(subject) ?? _embedded.Find(subject);

    /// <summary>Like <see cref="Find"/>, but a subject nobody vouches for is a coded error saying how to vouch for it.</summary>
    public ChecksumEntry Require(string subject) =>
        Find(subject) ?? throw new GoSdkException(Messages.NoKnownChecksum(subject));

    private static IReadOnlyList<ChecksumEntry> ReadFile(string path, string source)
    {
        try
        {
            return ChecksumFile.Read(path, source);
        }
        catch (ChecksumFormatException e)
        {
            throw new GoSdkException(Messages.MalformedChecksumLine(path, e.LineNumber, e.LineText), e);
        }
    }

    /// <summary>One level of trust: at most one value per subject and kind.</summary>
    private sealed class Tier
    {
        private readonly Dictionary<(string Subject, ChecksumKind Kind), ChecksumEntry> _bySubject = new();

        public Tier(IEnumerable<ChecksumEntry> entries)
        {
            foreach (var entry in entries)
            {
                var key = (entry.Subject, entry.Kind);
                if (!_bySubject.TryGetValue(key, out var known))
                {
                    _bySubject.Add(key, entry);
                }
                else if (!string.Equals(known.Value, entry.Value, StringComparison.Ordinal))
                {
                    throw new GoSdkException(Messages.ConflictingChecksums(entry.Subject, known.Source, known.Value, entry.Source, entry.Value));
                }
            }
        }

        public IReadOnlyCollection<ChecksumEntry> Entries => _bySubject.Values;

        // A subject may be vouched for both ways (an h1: line and a SHA-256 of the same zip); either proves it, and
        // the enum order makes the choice the same on every run.
        public ChecksumEntry? Find(string subject) =>
            _bySubject.TryGetValue((subject, ChecksumKind.Sha256), out var sha256) ? sha256
            : _bySubject.TryGetValue((subject, ChecksumKind.H1), out var h1) ? h1
            : null;
    }
}
