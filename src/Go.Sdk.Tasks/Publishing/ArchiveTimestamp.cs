using System;
using System.Globalization;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Publishing;

/// <summary>
/// The one modification time every entry of a release archive carries: SOURCE_DATE_EPOCH when given
/// (reproducible-builds.org), else 1980-01-01T00:00:00Z — the earliest time a zip can hold, so tar.gz and zip
/// archives of one release agree.
/// </summary>
public static class ArchiveTimestamp
{
    /// <summary>1980-01-01T00:00:00Z in Unix seconds.</summary>
    public const long Default = 315532800;

    /// <summary>The latest time a ustar header holds (11 octal digits); later values are rejected rather than wrapped.</summary>
    public const long MaxSeconds = 8589934591;

    /// <summary>Unix seconds from a SOURCE_DATE_EPOCH value; <see cref="Default"/> when it is empty.</summary>
    public static long Parse(string? sourceDateEpoch)
    {
        var text = (sourceDateEpoch ?? "").Trim();
        if (text.Length == 0)
        {
            return Default;
        }
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= MaxSeconds
            ? seconds
            : throw new GoSdkException(Messages.InvalidSourceDateEpoch(text));
    }

    public static DateTime ToUtc(long seconds) => new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(seconds);
}
