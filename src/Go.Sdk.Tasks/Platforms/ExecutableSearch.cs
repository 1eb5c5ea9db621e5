using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Go.Sdk.Tasks.Platforms;

/// <summary>
/// Finds a command on a PATH the way a shell would (on Windows also with the PATHEXT extensions). The PATH is
/// passed in, so tests search a folder of their own and the build searches the environment it will run <c>go</c> in.
/// </summary>
public sealed class ExecutableSearch
{
    private readonly string[] _directories;
    private readonly string[] _extensions;

    public ExecutableSearch(string? path, bool windows, string? pathExt = null)
    {
        var separator = windows ? ';' : ':';
        _directories = (path ?? "").Split(new[] { separator }, StringSplitOptions.RemoveEmptyEntries);
        // A command given with its extension (gcc.exe) is tried as is first; then with each PATHEXT extension.
        _extensions = windows
            ? new[] { "" }.Concat((string.IsNullOrEmpty(pathExt) ? ".COM;.EXE;.BAT;.CMD" : pathExt!).Split(';')).ToArray()
            : new[] { "" };
    }

    /// <summary>The search of this process: its PATH (and PATHEXT) on this machine.</summary>
    public static ExecutableSearch FromEnvironment() =>
        new(Environment.GetEnvironmentVariable("PATH"), HostPlatform.IsWindows, Environment.GetEnvironmentVariable("PATHEXT"));

    /// <summary>The full path of <paramref name="command"/> in the first PATH folder that has it, or null.</summary>
    public string? Find(string command)
    {
        foreach (var directory in _directories)
        {
            foreach (var candidate in Candidates(directory.Trim('"'), command))
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    private IEnumerable<string> Candidates(string directory, string command)
    {
        foreach (var extension in _extensions)
        {
            string path;
            try
            {
                path = Path.Combine(directory, command + extension);
            }
            catch (ArgumentException)
            {
                yield break; // a PATH entry with characters no path may hold
            }
            yield return path;
        }
    }
}
