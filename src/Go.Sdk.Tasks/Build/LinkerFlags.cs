using System;
using System.Collections.Generic;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Execution;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// Composes the one <c>-ldflags</c> value Go gets (Go keeps only the last <c>-ldflags</c>, and the last
/// <c>-extldflags</c> inside it, so everything must be merged into one). The rules, documented in
/// docs/reproducibility.md:
/// <list type="number">
/// <item>the user's <c>GoLdFlags</c> come first and are kept as written;</item>
/// <item>reproducible builds add <c>-buildid=</c> unless the user set a build ID, which wins with a warning;</item>
/// <item>stripped builds (Release) add <c>-s -w</c> unless already there;</item>
/// <item>each linker variable adds <c>-X name=value</c>;</item>
/// <item>extra external-linker flags are appended to the user's <c>-extldflags</c> value.</item>
/// </list>
/// </summary>
public static class LinkerFlags
{
    public static IReadOnlyList<string> Compose(
        string? userLdFlags,
        bool reproducible,
        bool strip,
        IEnumerable<KeyValuePair<string, string>> variables,
        IEnumerable<string> extraExternalLinkerFlags,
        Action<GoSdkDiagnostic> warn)
    {
        var flags = CommandLine.Split(userLdFlags);
        var extLdFlags = TakeExtLdFlags(flags);

        if (reproducible)
        {
            var userBuildId = flags.FirstOrDefault(f => f.StartsWith("-buildid=", StringComparison.Ordinal));
            if (userBuildId is null)
            {
                flags.Add("-buildid=");
            }
            else if (userBuildId != "-buildid=")
            {
                warn(Messages.UserBuildIdBreaksReproducibility(userBuildId));
            }
        }
        if (strip)
        {
            AddIfMissing(flags, "-s");
            AddIfMissing(flags, "-w");
        }
        foreach (var variable in variables)
        {
            flags.Add("-X");
            flags.Add($"{variable.Key}={variable.Value}");
        }
        extLdFlags.AddRange(extraExternalLinkerFlags.Where(f => !extLdFlags.Contains(f)));
        if (extLdFlags.Count > 0)
        {
            flags.Add("-extldflags");
            flags.Add(CommandLine.JoinForGo(extLdFlags));
        }
        return flags;
    }

    // Removes every "-extldflags X" / "-extldflags=X" from flags and returns their values' words, in order.
    private static List<string> TakeExtLdFlags(List<string> flags)
    {
        var values = new List<string>();
        for (int i = 0; i < flags.Count; i++)
        {
            string? value = null;
            if (flags[i] == "-extldflags" && i + 1 < flags.Count)
            {
                value = flags[i + 1];
                flags.RemoveRange(i, 2);
            }
            else if (flags[i].StartsWith("-extldflags=", StringComparison.Ordinal))
            {
                value = flags[i].Substring("-extldflags=".Length);
                flags.RemoveAt(i);
            }
            if (value is not null)
            {
                values.AddRange(CommandLine.Split(value));
                i--;
            }
        }
        return values;
    }

    private static void AddIfMissing(List<string> flags, string flag)
    {
        if (!flags.Contains(flag))
        {
            flags.Add(flag);
        }
    }
}
