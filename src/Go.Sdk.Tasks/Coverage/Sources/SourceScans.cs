using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Go.Sdk.Tasks.Coverage.Sources;

/// <summary>
/// The functions of each covered source file, found on the thread pool from the moment the profile first names the
/// file: reading a large profile and scanning its sources then overlap instead of running one after the other.
/// A file nobody asked to <see cref="Start"/> early is scanned on the thread that needs it.
/// </summary>
public sealed class SourceScans
{
    private readonly Func<string, string?> _locate;
    private readonly Dictionary<string, Task<ScannedSource>> _started = new(StringComparer.Ordinal);

    /// <param name="locate">Maps a profile file name to the file on disk, or null when it cannot be found; called from several threads.</param>
    public SourceScans(Func<string, string?> locate)
    {
        _locate = locate;
    }

    /// <summary>Starts scanning the file <paramref name="profileFileName"/> names, unless that has started already.</summary>
    public void Start(string profileFileName)
    {
        lock (_started)
        {
            if (!_started.ContainsKey(profileFileName))
            {
                _started.Add(profileFileName, Task.Run(() => Scan(profileFileName)));
            }
        }
    }

    /// <summary>The file on disk and its functions; waits for a scan already started.</summary>
    public ScannedSource Get(string profileFileName)
    {
        Task<ScannedSource>? started;
        lock (_started)
        {
            _started.TryGetValue(profileFileName, out started);
        }
        return started is null ? Scan(profileFileName) : started.GetAwaiter().GetResult();
    }

    private ScannedSource Scan(string profileFileName)
    {
        var fullPath = _locate(profileFileName);
        return new ScannedSource(fullPath, fullPath is null ? Array.Empty<GoFunction>() : GoFunctionScanner.Scan(File.ReadAllBytes(fullPath)));
    }
}

/// <summary>A covered file as found on disk (<see cref="FullPath"/> null when it was not) and its functions.</summary>
public sealed record ScannedSource(string? FullPath, IReadOnlyList<GoFunction> Functions);
