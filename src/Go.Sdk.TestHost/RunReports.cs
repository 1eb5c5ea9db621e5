using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using Go.Sdk.Tasks.Coverage;
using Go.Sdk.Tasks.Coverage.Sources;
using Go.Sdk.Tasks.Testing.Host;
using Go.Sdk.Tasks.Testing.Model;
using Go.Sdk.Tasks.Testing.Running;
using Go.Sdk.Tasks.Testing.Writers;

namespace Go.Sdk.TestHost;

/// <summary>A file a run wrote, as the platform lists it after the run.</summary>
internal sealed record RunArtifact(string Path, string DisplayName);

/// <summary>
/// The files one run writes into the results folder, with the classic mode's writers so both modes give the same
/// content: TRX (<see cref="TrxWriter"/>; named as VSTest names it unless <c>--report-trx-filename</c>), JUnit, and
/// Cobertura plus the merged Go profile for coverage (<see cref="CoverageConversion"/>, in a fresh
/// <c>&lt;results&gt;/&lt;guid&gt;/</c> folder as coverlet lays it out, unless <c>--coverage-output</c> names the file).
/// </summary>
internal sealed class RunReports(TestHostSettings settings, string resultsDirectory)
{
    public string? TrxFileName { get; init; }
    public bool Trx { get; init; }
    public string? JUnitFileName { get; init; }
    public bool JUnit { get; init; }
    public string? CoverageFileName { get; init; }

    public List<RunArtifact> Write(TestRun run, DateTimeOffset now)
    {
        List<RunArtifact> written = new();
        if (Trx || TrxFileName is not null)
        {
            string name = TrxFileName ?? new TrxNaming(Environment.UserName, Environment.MachineName, now).DefaultFileName();
            string path = Path.GetFullPath(Path.Combine(resultsDirectory, name));
            TrxWriter.WriteFile(run, path, new TrxWriterOptions
            {
                UserName = Environment.UserName,
                MachineName = Environment.MachineName,
                Storage = settings.ProjectFile,
            });
            written.Add(new RunArtifact(path, "TRX report"));
        }
        if (JUnit || JUnitFileName is not null)
        {
            string path = Path.GetFullPath(Path.Combine(resultsDirectory, JUnitFileName ?? "TestResults.xml"));
            JUnitWriter.WriteFile(run, path, new JUnitWriterOptions { HostName = Environment.MachineName });
            written.Add(new RunArtifact(path, "JUnit report"));
        }
        return written;
    }

    /// <summary>Converts the run's cover profile, when go test wrote one (also after failed tests, as the classic mode does).</summary>
    public List<RunArtifact> WriteCoverage(string profile, Action<string> report, CancellationToken cancellation)
    {
        List<RunArtifact> written = new();
        if (!File.Exists(profile))
        {
            return written;
        }
        string cobertura = CoverageFileName is not null
            ? Path.GetFullPath(Path.Combine(resultsDirectory, CoverageFileName))
            : Path.Combine(resultsDirectory, Guid.NewGuid().ToString(), "coverage.cobertura.xml");
        string merged = Path.Combine(Path.GetDirectoryName(cobertura)!, "coverage.out");
        GoModule module = CoverageConversion.ReadModule(settings.ModuleDirectory, null);
        CoverageConversionResult result = CoverageConversion.Run(new[] { profile }, module, Array.Empty<GoModule>(), cobertura, merged, Timestamp(now: DateTimeOffset.UtcNow), cancellation);
        foreach (var warning in result.Warnings)
        {
            report($"{warning.Code}: {warning.Message}");
        }
        report(CoverageConversion.Summary(result.Report.Counts));
        written.Add(new RunArtifact(cobertura, "Cobertura coverage"));
        written.Add(new RunArtifact(merged, "Go cover profile"));
        return written;
    }

    /// <summary>SOURCE_DATE_EPOCH when set (reproducible reports, as the classic target passes it), else now.</summary>
    private static long Timestamp(DateTimeOffset now) =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out long seconds)
            ? seconds
            : now.ToUnixTimeSeconds();
}
