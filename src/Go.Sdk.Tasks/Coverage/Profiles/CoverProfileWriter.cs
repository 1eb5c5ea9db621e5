using System.Globalization;
using System.IO;

namespace Go.Sdk.Tasks.Coverage.Profiles;

/// <summary>
/// Writes a merged profile back in Go's own format, so <c>go tool cover -html</c> and other Go tools can read the
/// profile kept beside the Cobertura report. Lines end in <c>\n</c> on every OS, as Go writes them.
/// </summary>
public static class CoverProfileWriter
{
    public static void Write(MergedCoverProfile profile, TextWriter writer)
    {
        writer.Write("mode: ");
        writer.Write(profile.Mode.ToProfileName());
        writer.Write('\n');
        foreach (var file in profile.Files)
        {
            foreach (var b in file.Blocks)
            {
                writer.Write(file.FileName);
                writer.Write(':');
                writer.Write(b.Extent);
                writer.Write(' ');
                writer.Write(b.Statements.ToString(CultureInfo.InvariantCulture));
                writer.Write(' ');
                writer.Write(b.Count.ToString(CultureInfo.InvariantCulture));
                writer.Write('\n');
            }
        }
    }
}
