using System;

namespace Go.Sdk.Tasks.Testing.Model;

/// <summary>
/// An optional <see cref="DateTimeOffset"/> in 10 bytes instead of the 24 a <c>DateTimeOffset?</c> field takes:
/// a run keeps two per test, for hundreds of thousands of tests.
/// </summary>
internal readonly struct CompactTime
{
    // UTC ticks + 1, so that the default value (0) means "no time".
    private readonly long _utcTicksPlusOne;
    private readonly short _offsetMinutes;

    private CompactTime(DateTimeOffset time)
    {
        _utcTicksPlusOne = time.UtcTicks + 1;
        _offsetMinutes = (short)time.Offset.TotalMinutes;
    }

    public static implicit operator CompactTime(DateTimeOffset? time) => time is DateTimeOffset value ? new CompactTime(value) : default;

    public DateTimeOffset? Value => _utcTicksPlusOne == 0
        ? null
        : new DateTimeOffset(_utcTicksPlusOne - 1 + _offsetMinutes * TimeSpan.TicksPerMinute, TimeSpan.FromMinutes(_offsetMinutes));
}
