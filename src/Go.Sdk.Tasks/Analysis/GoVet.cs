using System;
using System.Collections.Generic;
using System.Linq;
using Go.Sdk.Tasks.Build;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Execution;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Analysis;

/// <summary>
/// Runs <c>go vet -json</c> and reports each finding as an MSBuild warning at its file, line and column, coded per
/// analyzer (<see cref="VetWarningCode"/>) and subject to NoWarn, WarningsAsErrors and TreatWarningsAsErrors.
/// With <c>-json</c>, vet exits 0 when it only found things; any other exit, an analyzer that failed, or output
/// that cannot be read is a coded error, so a vet that could not check the code never passes as a clean one.
/// </summary>
public sealed class GoVet : GoCommandTask
{
    /// <summary>Package patterns, relative to the module folder; none means there is nothing to vet.</summary>
    public string[] Packages { get; set; } = Array.Empty<string>();
    /// <summary>Build tags, separated by <c>;</c> or <c>,</c>.</summary>
    public string? Tags { get; set; }
    /// <summary><c>-mod</c> value (readonly, vendor, mod), or empty to leave it to Go.</summary>
    public string? ModMode { get; set; }
    /// <summary>Further <c>go vet</c> flags, such as <c>-printf=false</c>, split like GOFLAGS.</summary>
    public string? VetFlags { get; set; }
    /// <summary>
    /// The build's <c>GoReproducible</c> and <c>GoGcFlags</c>: vet compiles the vetted packages' dependencies, and
    /// with the build's own compile flags it finds them in GOCACHE. Without them, a cold build compiles the
    /// standard library twice.
    /// </summary>
    public bool Reproducible { get; set; } = true;
    public string? GcFlags { get; set; }

    public string? NoWarn { get; set; }
    public string? WarningsAsErrors { get; set; }
    public string? WarningsNotAsErrors { get; set; }
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>How many findings vet reported, suppressed ones included.</summary>
    [Output] public int FindingCount { get; set; }

    protected override void ExecuteCore()
    {
        if (Packages.Length == 0)
        {
            Log.LogMessage(MessageImportance.Normal, "No package to vet.");
            return;
        }
        foreach (var (packages, trimPaths) in Runs())
        {
            var stdout = new List<string>();
            var stderr = new List<string>();
            int exitCode = RunGo(VetArguments(packages, trimPaths), line => Collect(stdout, line), line => Collect(stderr, line));

            // Vet prints everything to stderr; stdout is read too in case a toolchain moves its JSON there.
            var parser = new VetOutputParser(WorkingDirectory);
            foreach (var line in stderr.Concat(stdout))
            {
                parser.ReadLine(line);
            }
            Report(parser.Complete(), exitCode, packages);
        }
    }

    /// <summary>
    /// One vet for all packages, or two when the build is reproducible and some packages use cgo: those are vetted
    /// without -trimpath (<see cref="CgoPackages"/>), the others keep it and so reuse the build's compiled
    /// dependencies.
    /// </summary>
    internal IEnumerable<(IReadOnlyList<string> Packages, bool TrimPaths)> Runs()
    {
        var cgo = Reproducible ? CgoPackages.Among(Packages, WorkingDirectory) : Array.Empty<string>();
        var plain = Packages.Except(cgo, StringComparer.Ordinal).ToList();
        if (plain.Count > 0)
        {
            yield return (plain, Reproducible);
        }
        if (cgo.Count > 0)
        {
            Log.LogMessage(MessageImportance.Normal, "Vetting {0} without -trimpath: with cgo, a shared GOCACHE would point vet at another folder's files.", string.Join(" ", cgo));
            yield return (cgo, false);
        }
    }

    internal List<string> VetArguments(IEnumerable<string> packages, bool trimPaths)
    {
        var args = new List<string> { "vet", "-json" };
        if (trimPaths)
        {
            args.Add("-trimpath");
        }
        if (Reproducible)
        {
            args.Add("-buildvcs=false");
        }
        args.AddRange(GoBuildArguments.Common(Tags, ModMode));
        args.AddRange(GoBuildArguments.CompilerFlags(GcFlags));
        args.AddRange(CommandLine.Split(VetFlags));
        args.AddRange(packages);
        return args;
    }

    private void Report(VetReport report, int exitCode, IReadOnlyList<string> packages)
    {
        FindingCount += report.Findings.Count;
        var policy = new WarningPolicy(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);
        foreach (var finding in report.Findings)
        {
            policy.Report(Log, new GoSdkDiagnostic(VetWarningCode.For(finding.Analyzer), finding.Message, finding.File, finding.Line, finding.Column));
        }
        foreach (var failure in report.AnalyzerFailures)
        {
            LogError(Messages.GoVetAnalyzerFailed(failure.Analyzer, failure.Package, failure.Reason));
        }
        foreach (var reason in report.UnreadableJson)
        {
            LogError(Messages.GoVetOutputUnreadable(reason));
        }
        foreach (var line in report.OtherLines)
        {
            Log.LogMessage(MessageImportance.Normal, "{0}", line);
        }
        if (exitCode == 0)
        {
            foreach (var m in report.SourceErrors)
            {
                Log.LogMessage(MessageImportance.High, "{0}({1},{2}): {3}", m.File, m.Line, m.Column, m.Message);
            }
            return;
        }
        foreach (var m in report.SourceErrors)
        {
            LogError(Messages.GoVetSourceError(m.Message, m.File, m.Line, m.Column));
        }
        // Located errors say what went wrong; otherwise vet's last lines are the explanation.
        var detail = report.SourceErrors.Count > 0 || report.OtherLines.Count == 0
            ? ""
            : ":" + Environment.NewLine + string.Join(Environment.NewLine, report.OtherLines.Skip(Math.Max(0, report.OtherLines.Count - 30)));
        LogError(Messages.GoVetFailed(string.Join(" ", packages), exitCode, detail));
    }

    private static void Collect(List<string> lines, string line)
    {
        lock (lines)
        {
            lines.Add(line);
        }
    }
}
