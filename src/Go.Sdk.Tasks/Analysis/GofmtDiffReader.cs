using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Go.Sdk.Tasks.Analysis;

/// <summary>A file gofmt would change, and the first line of it that would change (1 when unknown).</summary>
public sealed record UnformattedFile(string Path, int FirstChangedLine);

/// <summary>
/// Reads <c>gofmt -d</c> output: per file a <c>diff X.orig X</c> line, <c>--- X.orig</c>, <c>+++ X</c>, then
/// unified hunks. Only the <c>+++</c> line right after the headers names the file, because a hunk's content lines
/// may themselves start with <c>+++</c>; the first changed line is the first hunk's start plus its leading
/// context lines.
/// </summary>
public static class GofmtDiffReader
{
    private static readonly Regex HunkHeader = new(@"^@@ -(?<start>\d+)(?:,\d+)? \+\d+(?:,\d+)? @@", RegexOptions.CultureInvariant);

    public static IReadOnlyList<UnformattedFile> Read(IEnumerable<string> lines)
    {
        var files = new List<UnformattedFile>();
        string? file = null;
        bool sawOld = false;
        int? line = null;
        bool located = false;

        void Finish()
        {
            if (file is { Length: > 0 })
            {
                files.Add(new UnformattedFile(file, located ? Math.Max(1, line!.Value) : 1));
            }
        }

        foreach (var text in lines)
        {
            // Content lines start with ' ', '-', '+' or '\', so "diff " always opens the next file.
            if (text.StartsWith("diff ", StringComparison.Ordinal))
            {
                Finish();
                (file, sawOld, line, located) = ("", false, null, false);
            }
            else if (file == "" && !sawOld && text.StartsWith("--- ", StringComparison.Ordinal))
            {
                sawOld = true;
            }
            else if (file == "" && sawOld && text.StartsWith("+++ ", StringComparison.Ordinal))
            {
                file = text.Substring(4);
            }
            else if (file is { Length: > 0 } && !located)
            {
                var hunk = HunkHeader.Match(text);
                if (line is null && hunk.Success)
                {
                    line = int.Parse(hunk.Groups["start"].Value, CultureInfo.InvariantCulture);
                }
                else if (line is not null && text.StartsWith(" ", StringComparison.Ordinal))
                {
                    line++;
                }
                else if (line is not null && (text.StartsWith("-", StringComparison.Ordinal) || text.StartsWith("+", StringComparison.Ordinal)))
                {
                    located = true;
                }
            }
        }
        Finish();
        return files;
    }
}
