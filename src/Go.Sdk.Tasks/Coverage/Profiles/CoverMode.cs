namespace Go.Sdk.Tasks.Coverage.Profiles;

/// <summary>The <c>-covermode</c> a profile was recorded with; it decides how repeated blocks merge.</summary>
public enum CoverMode
{
    /// <summary>Counts are 0 or 1: a block ran or it did not. Repeated blocks merge by OR.</summary>
    Set,

    /// <summary>Counts are how often a block ran. Repeated blocks merge by sum.</summary>
    Count,

    /// <summary>Like <see cref="Count"/>, but safe for parallel tests. Repeated blocks merge by sum.</summary>
    Atomic,
}

/// <summary>The spelling of <see cref="CoverMode"/> in a profile's <c>mode:</c> line.</summary>
public static class CoverModeNames
{
    public static string ToProfileName(this CoverMode mode) => mode switch
    {
        CoverMode.Set => "set",
        CoverMode.Count => "count",
        _ => "atomic",
    };

    public static bool TryParse(string name, out CoverMode mode)
    {
        switch (name)
        {
            case "set":
                mode = CoverMode.Set;
                return true;
            case "count":
                mode = CoverMode.Count;
                return true;
            case "atomic":
                mode = CoverMode.Atomic;
                return true;
            default:
                mode = default;
                return false;
        }
    }
}
