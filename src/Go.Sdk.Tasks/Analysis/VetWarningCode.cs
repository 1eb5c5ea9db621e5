using System.Linq;

namespace Go.Sdk.Tasks.Analysis;

/// <summary>
/// The MSBuild warning code of a vet analyzer: <c>GOVET-</c> followed by the analyzer's name, <c>GOVET-printf</c>.
/// Go never renames an analyzer (its name is also its <c>go vet -name</c> flag), so a code derived from the name
/// stays the same across Go and Go.Sdk versions, and an analyzer that a newer Go adds gets its code without a
/// table having to learn it first. docs/analyzers.md lists the codes of the analyzers Go 1.21 to 1.24 run.
/// </summary>
public static class VetWarningCode
{
    public const string Prefix = "GOVET-";

    public static string For(string analyzer)
    {
        // Analyzer names are Go identifiers; anything else would break a ;-separated NoWarn list.
        var name = new string(analyzer.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray());
        return Prefix + (name.Length == 0 ? "_" : name);
    }
}
