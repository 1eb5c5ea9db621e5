using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Coverage.Profiles;

/// <summary>
/// Merges cover profiles the way <c>go tool cover</c> does. Since Go 1.22 every test binary built with
/// <c>-coverpkg</c> reports every covered package, so one block appears once per binary: repeats merge by OR in
/// <see cref="CoverMode.Set"/> mode and by sum otherwise. Profiles of different modes cannot be merged.
/// </summary>
public sealed class CoverProfileMerger
{
    private readonly Dictionary<string, List<ProfileBlock>> _files = new(StringComparer.Ordinal);
    private readonly Action<string>? _onNewFile;
    private CoverMode? _mode;
    private string _modeSource = "";

    /// <param name="onNewFile">Called with each file name the first time a profile names it, e.g. to start
    /// <see cref="Sources.SourceScans.Start"/> while the rest of the profile is read.</param>
    public CoverProfileMerger(Action<string>? onNewFile = null)
    {
        _onNewFile = onNewFile;
    }

    /// <summary>Reads and adds the profile file at <paramref name="path"/>.</summary>
    public void AddFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new GoSdkException(Messages.CoverProfileNotFound(path));
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (HasUtf16ByteOrderMark(stream))
        {
            // Not what go test writes, but what PowerShell 5's redirection makes of a copied profile.
            using var text = new StreamReader(stream, System.Text.Encoding.UTF8, true);
            Add(CoverProfileReader.Open(text, path));
            return;
        }
        Add(CoverProfileReader.Open(stream, path));
    }

    private static bool HasUtf16ByteOrderMark(Stream stream)
    {
        int first = stream.ReadByte(), second = stream.ReadByte();
        stream.Position = 0;
        return (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF);
    }

    /// <summary>Adds every block <paramref name="profile"/> has left to read.</summary>
    public void Add(CoverProfileReader profile)
    {
        if (_mode is null)
        {
            _mode = profile.Mode;
            _modeSource = profile.Path;
        }
        else if (_mode != profile.Mode)
        {
            throw new GoSdkException(Messages.CoverModeMismatch(profile.Path, profile.Mode.ToProfileName(), _modeSource, _mode.Value.ToProfileName()));
        }

        List<ProfileBlock>? blocks = null;
        string? blocksOf = null;
        while (profile.TryRead(out var fileName, out var block))
        {
            // The reader hands out the same string for consecutive lines of one file: skip the lookup then.
            if (!ReferenceEquals(fileName, blocksOf))
            {
                if (!_files.TryGetValue(fileName, out blocks))
                {
                    blocks = new List<ProfileBlock>();
                    _files.Add(fileName, blocks);
                    _onNewFile?.Invoke(fileName);
                }
                blocksOf = fileName;
            }
            blocks!.Add(block);
        }
    }

    /// <summary>The merged profile; with nothing added it is an empty <see cref="CoverMode.Set"/> profile.</summary>
    public MergedCoverProfile Merge()
    {
        var mode = _mode ?? CoverMode.Set;
        var files = _files
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new FileProfile(f.Key, MergeRepeats(f.Key, f.Value, mode)))
            .ToList();
        return new MergedCoverProfile(mode, files);
    }

    // Merged in place: go test writes each file's blocks in order already, so the sort is usually skipped, and
    // repeats are folded into the list itself instead of a second one.
    private static ProfileBlock[] MergeRepeats(string fileName, List<ProfileBlock> blocks, CoverMode mode)
    {
        if (!IsSortedByStart(blocks))
        {
            blocks.Sort(ProfileBlock.CompareByStart);
        }
        int kept = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (kept > 0 && blocks[kept - 1].HasSameExtent(block))
            {
                var last = blocks[kept - 1];
                if (last.Statements != block.Statements)
                {
                    throw new GoSdkException(Messages.InconsistentStatementCount(fileName, block.Extent, last.Statements, block.Statements));
                }
                blocks[kept - 1] = last with { Count = mode == CoverMode.Set ? last.Count | block.Count : last.Count + block.Count };
            }
            else
            {
                blocks[kept++] = block;
            }
        }
        var merged = new ProfileBlock[kept];
        blocks.CopyTo(0, merged, 0, kept);
        return merged;
    }

    private static bool IsSortedByStart(List<ProfileBlock> blocks)
    {
        for (int i = 1; i < blocks.Count; i++)
        {
            if (ProfileBlock.CompareByStart(blocks[i - 1], blocks[i]) > 0)
            {
                return false;
            }
        }
        return true;
    }
}
