using System;
using System.Threading;
using System.Threading.Tasks;

namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>How downloads behave: timeouts, retries, transports, and the clock and delay that tests replace.</summary>
public sealed class DownloadOptions
{
    /// <summary>Time allowed to connect and receive the response headers.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed without receiving a single byte of the body before the transfer counts as stalled.</summary>
    public TimeSpan StallTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Tries per source for transient failures (5xx, timeouts, resets, truncated bodies).</summary>
    public int Attempts { get; init; } = 4;

    /// <summary>The wait before the first retry; it doubles for each further retry.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Allows plain http to hosts other than this machine.</summary>
    public bool AllowHttp { get; init; }

    /// <summary>An HTTP proxy to use instead of the one the environment names.</summary>
    public Uri? HttpProxy { get; init; }

    /// <summary>How often a running transfer reports bytes, percent and rate: rarely enough to keep a CI log readable.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(5);

    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;

    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    public TimeSpan RetryDelay(int failedAttempt) =>
        TimeSpan.FromTicks(FirstRetryDelay.Ticks * (1L << Math.Min(failedAttempt - 1, 10)));
}
