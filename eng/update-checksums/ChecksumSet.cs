using Go.Sdk.Tasks.Toolchain.Trust;

namespace Go.Sdk.UpdateChecksums;

/// <summary>
/// The entries of one manifest file while it is being updated: existing lines are kept, new ones added, and a new
/// value for a subject that already has a different one stops the update. Published checksums never change, so a
/// changed one means a mistake or an attack, and a human must look at it.
/// </summary>
public sealed class ChecksumSet
{
    private readonly Dictionary<string, ChecksumEntry> _bySubject = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ChecksumEntry> Entries => _bySubject.Values;

    /// <summary>The entries of an existing manifest file; a file that does not exist yet gives an empty set.</summary>
    public static ChecksumSet Read(string path)
    {
        var set = new ChecksumSet();
        if (File.Exists(path))
        {
            set.Add(ChecksumFile.Read(path, path));
        }
        return set;
    }

    public bool Contains(string subject) => _bySubject.ContainsKey(subject);

    /// <summary>Adds the entries not yet known; returns how many were new.</summary>
    public int Add(IEnumerable<ChecksumEntry> entries)
    {
        int added = 0;
        foreach (var entry in entries)
        {
            if (!_bySubject.TryGetValue(entry.Subject, out var known))
            {
                _bySubject.Add(entry.Subject, entry);
                added++;
            }
            else if (known.Value != entry.Value)
            {
                throw new InvalidDataException(
                    $"{entry.Subject}: {known.Source} has {known.Value}, but {entry.Source} says {entry.Value}. Published checksums never change; find out which is right and fix the manifest by hand.");
            }
        }
        return added;
    }
}
