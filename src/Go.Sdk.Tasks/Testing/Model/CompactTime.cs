using System;

namespace Go.Sdk.Tasks.Testing.Model;

/// <summary>
/// An optional <see cref="DateTimeOffset"/> kept as two plain fields of its owner (UTC ticks + 1, offset minutes)
/// instead of a <c>DateTimeOffset?</c> (24 bytes) or a struct of both (padded to 16): a run keeps two per test, for
/// hundreds of thousands of tests, and the model's size decides how much the GC lets the heap grow.
/// </summary>
internal static class CompactTime
{
    // UTC ticks + 1, so that the default value (0) means "no time".
    public static void Store(DateTimeOffset? time, out long utcTicksPlusOne, out short offsetMinutes)
    {
        if (time is DateTimeOffset value)
        {
            utcTicksPlusOne = value.UtcTicks + 1;
            offsetMinutes = (short)value.Offset.TotalMinutes;
        }
        else
        {
            utcTicksPlusOne = 0;
            offsetMinutes = 0;
        }
    }

    public static DateTimeOffset? Load(long utcTicksPlusOne, short offsetMinutes) => utcTicksPlusOne == 0
        ? null
        : new DateTimeOffset(utcTicksPlusOne - 1 + offsetMinutes * TimeSpan.TicksPerMinute, TimeSpan.FromMinutes(offsetMinutes));
}
