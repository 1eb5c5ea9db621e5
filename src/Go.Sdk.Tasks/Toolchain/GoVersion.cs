using System;

namespace Go.Sdk.Tasks.Toolchain;

/// <summary>
/// A Go version as Go itself orders them (go/version): <c>1.21</c> &lt; <c>1.21rc1</c> &lt; <c>1.21.0</c> &lt; <c>1.21.1</c>.
/// <see cref="IsFamily"/> versions (<c>1.22</c>) name a language version, or in GoVersion "the newest 1.22.x".
/// </summary>
public sealed class GoVersion : IComparable<GoVersion>, IEquatable<GoVersion>
{
    private GoVersion(int major, int minor, int? patch, string? preKind, int preNumber)
    {
        Major = major;
        Minor = minor;
        Patch = patch;
        PrereleaseKind = preKind;
        PrereleaseNumber = preNumber;
    }

    public int Major { get; }
    public int Minor { get; }
    public int? Patch { get; }

    /// <summary><c>rc</c> or <c>beta</c>, or null for a release.</summary>
    public string? PrereleaseKind { get; }
    public int PrereleaseNumber { get; }

    public bool IsFamily => Patch is null && PrereleaseKind is null;
    public bool IsPrerelease => PrereleaseKind is not null;

    /// <summary>The release family <c>major.minor</c> this version belongs to.</summary>
    public GoVersion Family => new(Major, Minor, null, null, 0);

    /// <summary>Parses <c>1.22.12</c>, <c>go1.22.12</c>, <c>1.22</c>, <c>1.23rc2</c>; anything else gives false.</summary>
    /// <remarks>
    /// Parsed by hand: every build resolves its toolchain first, and a regular expression's first use in an MSBuild
    /// node costs more than the rest of that resolution.
    /// </remarks>
    public static bool TryParse(string? text, out GoVersion version)
    {
        version = null!;
        if (text is null)
        {
            return false;
        }
        var s = text.Trim();
        int i = s.StartsWith("go", StringComparison.Ordinal) ? 2 : 0;
        // Go 1 is the only major version there is; "0.5" or "2.0" are typos, not toolchains.
        if (!TryNumber(s, ref i, out int major) || major != 1 || !Skip(s, ref i, ".") || !TryNumber(s, ref i, out int minor))
        {
            return false;
        }
        int? patch = null;
        string? kind = null;
        int pre = 0;
        if (Skip(s, ref i, "."))
        {
            if (!TryNumber(s, ref i, out int p))
            {
                return false;
            }
            patch = p;
        }
        else
        {
            kind = Skip(s, ref i, "rc") ? "rc" : Skip(s, ref i, "beta") ? "beta" : null;
            if (kind is not null && !TryNumber(s, ref i, out pre))
            {
                return false;
            }
        }
        if (i != s.Length)
        {
            return false;
        }
        version = new GoVersion(major, minor, patch, kind, pre);
        return true;
    }

    public static GoVersion Parse(string text) =>
        TryParse(text, out var v) ? v : throw new FormatException($"'{text}' is not a Go version.");

    /// <summary>
    /// The toolchain a go.mod <c>go</c> line asks for: since Go 1.21 <c>go 1.22</c> means the release 1.22.0,
    /// while before 1.21 the first release of a family was itself named <c>go1.20</c>.
    /// </summary>
    public GoVersion AsMinimumToolchain() =>
        IsFamily && Minor >= 21 ? new GoVersion(Major, Minor, 0, null, 0) : this;

    public int CompareTo(GoVersion? other)
    {
        if (other is null)
        {
            return 1;
        }
        int c = Major.CompareTo(other.Major);
        if (c != 0) return c;
        c = Minor.CompareTo(other.Minor);
        if (c != 0) return c;
        c = Rank(this).CompareTo(Rank(other));
        if (c != 0) return c;
        if (IsPrerelease)
        {
            c = string.CompareOrdinal(PrereleaseKind, other.PrereleaseKind); // "beta" < "rc"
            return c != 0 ? c : PrereleaseNumber.CompareTo(other.PrereleaseNumber);
        }
        return (Patch ?? -1).CompareTo(other.Patch ?? -1);
    }

    public bool Equals(GoVersion? other) => other is not null && CompareTo(other) == 0;
    public override bool Equals(object? obj) => Equals(obj as GoVersion);
    public override int GetHashCode() => ToString().GetHashCode();

    /// <summary><c>1.22.12</c>, <c>1.23rc2</c> or <c>1.22</c>.</summary>
    public override string ToString() =>
        IsPrerelease ? $"{Major}.{Minor}{PrereleaseKind}{PrereleaseNumber}"
        : Patch is null ? $"{Major}.{Minor}"
        : $"{Major}.{Minor}.{Patch}";

    /// <summary>The name Go uses in file names and VERSION: <c>go1.22.12</c>.</summary>
    public string GoName => "go" + ToString();

    public static bool operator <(GoVersion a, GoVersion b) => a.CompareTo(b) < 0;
    public static bool operator >(GoVersion a, GoVersion b) => a.CompareTo(b) > 0;

    // Within one family: the language version, then pre-releases, then releases.
    private static int Rank(GoVersion v) => v.IsFamily ? 0 : v.IsPrerelease ? 1 : 2;

    /// <summary>One or more ASCII digits at <paramref name="i"/>, which moves past them.</summary>
    private static bool TryNumber(string s, ref int i, out int value)
    {
        value = 0;
        int start = i;
        while (i < s.Length && s[i] >= '0' && s[i] <= '9')
        {
            if (value > (int.MaxValue - 9) / 10)
            {
                return false;
            }
            value = (value * 10) + (s[i] - '0');
            i++;
        }
        return i > start;
    }

    private static bool Skip(string s, ref int i, string expected)
    {
        if (string.CompareOrdinal(s, i, expected, 0, expected.Length) != 0)
        {
            return false;
        }
        i += expected.Length;
        return true;
    }
}
