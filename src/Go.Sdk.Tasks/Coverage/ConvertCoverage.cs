using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Go.Sdk.Tasks.Coverage.Cobertura;
using Go.Sdk.Tasks.Coverage.Model;
using Go.Sdk.Tasks.Coverage.Profiles;
using Go.Sdk.Tasks.Coverage.Sources;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Coverage;

/// <summary>
/// Turns the cover profiles of a <c>go test</c> run into one Cobertura report (for <c>--collect "XPlat Code
/// Coverage"</c>, ReportGenerator and Azure DevOps) and one merged Go profile (for <c>go tool cover</c>).
/// Profile names are matched to files through the module path of the main module and of any workspace modules;
/// a covered file that cannot be found is a warning, and its lines are still counted.
/// </summary>
public sealed class ConvertCoverage : GoSdkTask
{
    /// <summary>The <c>-coverprofile</c> files to merge, e.g. one per test binary.</summary>
    [Required] public ITaskItem[] ProfileFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The folder holding the main module's go.mod.</summary>
    [Required] public string ModuleDirectory { get; set; } = "";

    /// <summary>The main module's path; read from go.mod's <c>module</c> line when empty.</summary>
    public string? ModulePath { get; set; }

    /// <summary>Other modules of the workspace (go.work <c>use</c>): the item is the folder, optional metadata <c>ModulePath</c>.</summary>
    public ITaskItem[] WorkspaceModules { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Where to write the Cobertura report; nothing is written when empty.</summary>
    public string? OutputCoberturaFile { get; set; }

    /// <summary>Where to write the merged profile in Go's format; nothing is written when empty.</summary>
    public string? MergedProfileFile { get; set; }

    /// <summary>The report's timestamp in seconds since the Unix epoch (e.g. SOURCE_DATE_EPOCH); now when empty.</summary>
    public string? Timestamp { get; set; }

    /// <summary>Covered lines / coverable lines, 0 to 1.</summary>
    [Output] public double LineRate { get; private set; }

    [Output] public int LinesCovered { get; private set; }
    [Output] public int LinesValid { get; private set; }

    /// <summary>Covered statements / statements, 0 to 1: the figure <c>go test -cover</c> prints.</summary>
    [Output] public double StatementRate { get; private set; }

    [Output] public int StatementsCovered { get; private set; }
    [Output] public int StatementsValid { get; private set; }

    /// <summary>The clock used when <see cref="Timestamp"/> is empty; tests replace it.</summary>
    internal Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

    protected override void ExecuteCore()
    {
        var moduleDirectory = Path.GetFullPath(ModuleDirectory);
        var conversion = CoverageConversion.Run(
            ProfileFiles.Select(p => p.GetMetadata("FullPath")),
            CoverageConversion.ReadModule(moduleDirectory, ModulePath),
            WorkspaceModules.Select(m => CoverageConversion.ReadModule(m.GetMetadata("FullPath"), m.GetMetadata("ModulePath"))),
            OutputCoberturaFile,
            MergedProfileFile,
            ReportTimestamp(),
            CancellationToken);
        foreach (var warning in conversion.Warnings)
        {
            LogWarning(warning);
        }
        if (!string.IsNullOrEmpty(OutputCoberturaFile))
        {
            Log.LogMessage(MessageImportance.Normal, $"Coverage report: {Path.GetFullPath(OutputCoberturaFile!)}");
        }

        var counts = conversion.Report.Counts;
        LineRate = counts.LineRate;
        LinesCovered = counts.LinesCovered;
        LinesValid = counts.LinesValid;
        StatementRate = counts.StatementRate;
        StatementsCovered = counts.StatementsCovered;
        StatementsValid = counts.StatementsValid;
        Log.LogMessage(MessageImportance.High, CoverageConversion.Summary(counts));
    }

    private long ReportTimestamp()
    {
        if (string.IsNullOrEmpty(Timestamp))
        {
            return Clock().ToUnixTimeSeconds();
        }
        return long.TryParse(Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? seconds
            : throw new GoSdkException(Messages.InvalidCoverageTimestamp(Timestamp!));
    }
}
