using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Go.Sdk.Tasks.Testing.Filters;

/// <summary>
/// The pattern for one level of a test name (<c>-run A/B</c> matches <c>A</c> against the top-level name and
/// <c>B</c> against the first subtest level): a literal, optionally anchored at its start and end.
/// </summary>
internal sealed record LevelPattern(string Literal, bool AnchoredStart, bool AnchoredEnd)
{
    public static LevelPattern Exact(string literal) => new(literal, true, true);

    public bool MatchesEverything => Literal.Length == 0 && !(AnchoredStart && AnchoredEnd);

    public override string ToString() => (AnchoredStart ? "^" : "") + QuoteMeta(Literal) + (AnchoredEnd ? "$" : "");

    /// <summary>One regular expression matching any of <paramref name="alternatives"/>, written as plainly as possible.</summary>
    public static string Alternation(IReadOnlyCollection<LevelPattern> alternatives)
    {
        List<LevelPattern> distinct = alternatives.Distinct().ToList();
        if (distinct.Any(a => a.MatchesEverything))
        {
            return string.Empty;
        }
        if (distinct.Count == 1)
        {
            return distinct[0].ToString();
        }
        LevelPattern first = distinct[0];
        if (distinct.All(a => a.AnchoredStart == first.AnchoredStart && a.AnchoredEnd == first.AnchoredEnd))
        {
            return (first.AnchoredStart ? "^" : "") + "(?:" + string.Join("|", distinct.Select(a => QuoteMeta(a.Literal))) + ")" + (first.AnchoredEnd ? "$" : "");
        }
        return "(?:" + string.Join("|", distinct.Select(a => a.ToString())) + ")";
    }

    /// <summary>Escapes what Go's regexp.QuoteMeta escapes, so a test name is matched literally.</summary>
    public static string QuoteMeta(string literal)
    {
        StringBuilder quoted = new(literal.Length + 8);
        foreach (char c in literal)
        {
            if (@"\.+*?()|[]{}^$".IndexOf(c) >= 0)
            {
                quoted.Append('\\');
            }
            quoted.Append(c);
        }
        return quoted.ToString();
    }
}
