using System;
using System.Globalization;

namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>
/// Progress lines for one transfer: bytes, percent when the size is known, and the average rate, at most once per
/// interval (so a fast local copy prints little and a slow download shows it is alive), plus a closing line.
/// </summary>
public sealed class TransferProgress
{
    private readonly string _label;
    private readonly long? _totalBytes;
    private readonly Func<DateTimeOffset> _clock;
    private readonly Action<string> _report;
    private readonly TimeSpan _interval;
    private readonly DateTimeOffset _started;
    private DateTimeOffset _lastReport;

    public TransferProgress(string label, long? totalBytes, Func<DateTimeOffset> clock, Action<string> report, TimeSpan interval)
    {
        _label = label;
        _totalBytes = totalBytes;
        _clock = clock;
        _report = report;
        _interval = interval;
        _started = _lastReport = clock();
        report(totalBytes is long size ? $"Downloading {label} ({Size(size)})." : $"Downloading {label}.");
    }

    public long Transferred { get; private set; }

    public void Advance(int bytes)
    {
        Transferred += bytes;
        var now = _clock();
        if (now - _lastReport >= _interval)
        {
            _lastReport = now;
            var percent = _totalBytes is long total && total > 0 ? $" of {Size(total)} ({100 * Transferred / total}%)" : "";
            _report($"Downloading {_label}: {Size(Transferred)}{percent}, {Rate(now)}.");
        }
    }

    public void Complete() =>
        _report($"Downloaded {_label}: {Size(Transferred)} in {Seconds(_clock() - _started)} s, {Rate(_clock())}.");

    private string Rate(DateTimeOffset now)
    {
        var seconds = (now - _started).TotalSeconds;
        return seconds <= 0 ? "rate unknown" : Size((long)(Transferred / seconds)) + "/s";
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Decimal units, as download tools and browsers show them.</summary>
    public static string Size(long bytes) =>
        bytes >= 1_000_000_000 ? (bytes / 1e9).ToString("0.0", CultureInfo.InvariantCulture) + " GB"
        : bytes >= 1_000_000 ? (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : bytes >= 1_000 ? (bytes / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + " kB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " B";
}
