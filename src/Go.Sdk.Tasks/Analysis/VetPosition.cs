using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;

namespace Go.Sdk.Tasks.Analysis;

/// <summary>
/// A <c>posn</c> of vet's JSON: <c>/abs/main.go:13:2</c>, <c>C:\m\main.go:13:2</c>, <c>main.go:13</c> or empty.
/// The line and column are taken from the end, so a drive letter's colon stays in the path.
/// </summary>
public readonly record struct VetPosition(string? File, int Line, int Column)
{
    private static readonly Regex Shape = new(@"^(?<file>.+?)(?::(?<line>\d+)(?::(?<col>\d+))?)?$", RegexOptions.CultureInvariant);

    /// <param name="posn">The position as vet printed it.</param>
    /// <param name="workingDirectory">Where vet ran: relative paths are relative to it.</param>
    public static VetPosition Parse(string? posn, string workingDirectory)
    {
        var m = Shape.Match(posn?.Trim() ?? "");
        if (!m.Success || m.Groups["file"].Value == "-")
        {
            return new VetPosition(null, 0, 0);
        }
        return new VetPosition(
            Path.GetFullPath(Path.Combine(workingDirectory, m.Groups["file"].Value)),
            Number(m.Groups["line"]),
            Number(m.Groups["col"]));
    }

    private static int Number(Group group) =>
        group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
