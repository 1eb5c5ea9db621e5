namespace Go.Sdk.UpdateChecksums;

/// <summary>
/// Semantic-version order as Go's <c>golang.org/x/mod/semver.Compare</c> defines it, which is how go.sum lines
/// are sorted: numeric pre-release identifiers compare as numbers (<c>go1.21.2</c> &lt; <c>go1.21.10</c>),
/// other identifiers by their bytes, and numbers before words.
/// </summary>
public sealed class ModuleVersionOrder : IComparer<string>
{
    public static readonly ModuleVersionOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var (coreX, preX) = Split(x ?? "");
        var (coreY, preY) = Split(y ?? "");
        int c = CompareIdentifierLists(coreX, coreY);
        if (c != 0)
        {
            return c;
        }
        // A release sorts after its pre-releases: v1.0.0-rc1 < v1.0.0.
        return (preX.Length, preY.Length) switch
        {
            (0, 0) => 0,
            (0, _) => 1,
            (_, 0) => -1,
            _ => CompareIdentifierLists(preX, preY),
        };
    }

    private static (string[] Core, string[] Prerelease) Split(string version)
    {
        var v = version.TrimStart('v');
        int plus = v.IndexOf('+');
        if (plus >= 0)
        {
            v = v.Substring(0, plus);
        }
        int dash = v.IndexOf('-');
        return dash < 0
            ? (v.Split('.'), Array.Empty<string>())
            : (v.Substring(0, dash).Split('.'), v.Substring(dash + 1).Split('.'));
    }

    private static int CompareIdentifierLists(string[] x, string[] y)
    {
        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            int c = CompareIdentifiers(x[i], y[i]);
            if (c != 0)
            {
                return c;
            }
        }
        return x.Length.CompareTo(y.Length);
    }

    private static int CompareIdentifiers(string x, string y)
    {
        bool numX = IsNumber(x), numY = IsNumber(y);
        if (numX && numY)
        {
            return x.Length != y.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(x, y);
        }
        if (numX != numY)
        {
            return numX ? -1 : 1;
        }
        return string.CompareOrdinal(x, y);
    }

    private static bool IsNumber(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);
}
