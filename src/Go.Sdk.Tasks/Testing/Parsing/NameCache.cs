using System;
using System.Text.Json;

namespace Go.Sdk.Tasks.Testing.Parsing;

/// <summary>
/// Package and test names as strings, one instance per distinct name as far as the cache remembers: a million
/// events name a few thousand packages and a few hundred thousand tests, and many tests share names across
/// packages (TestParse, table cases such as <c>/empty</c>), so the result model would otherwise hold one copy per
/// event or per package. The cache is direct-mapped by a hash of the UTF-8 bytes, so a hit allocates nothing and
/// its size is fixed whatever the run's size.
/// </summary>
internal sealed class NameCache
{
    private const int Slots = 1 << 13;
    private readonly string?[] _names = new string?[Slots];

    /// <summary>The string value the reader is on (which must be a JSON string), from the cache when it holds it.</summary>
    public string Get(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return reader.GetString()!;
        }
        var bytes = reader.ValueSpan;
        uint hash = 2166136261;
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 16777619;
        }
        int slot = (int)(hash & (Slots - 1));
        string? cached = _names[slot];
        if (cached is not null && reader.ValueTextEquals(cached.AsSpan()))
        {
            return cached;
        }
        string name = reader.GetString()!;
        _names[slot] = name;
        return name;
    }
}
