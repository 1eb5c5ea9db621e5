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
        var locator = new SourceLocator(
            ReadModule(moduleDirectory, ModulePath),
            WorkspaceModules.Select(m => ReadModule(m.GetMetadata("FullPath"), m.GetMetadata("ModulePath"))));
        var sources = new SourceScans(locator.Locate);
        var merger = new CoverProfileMerger(sources.Start);
        foreach (var profile in ProfileFiles)
        {
            CancellationToken.ThrowIfCancellationRequested();
            merger.AddFile(profile.GetMetadata("FullPath"));
        }
        var merged = merger.Merge();
        var report = CoverageModelBuilder.Build(merged, sources);
        foreach (var missing in report.Packages.SelectMany(p => p.Files).Where(f => f.FullPath is null))
        {
            LogWarning(Messages.CoveredSourceNotFound(missing.ProfileName, locator.SearchedPlaces));
        }

        if (!string.IsNullOrEmpty(MergedProfileFile))
        {
            using var writer = new StreamWriter(Create(MergedProfileFile!));
            CoverProfileWriter.Write(merged, writer);
        }
        if (!string.IsNullOrEmpty(OutputCoberturaFile))
        {
            using var output = Create(OutputCoberturaFile!);
            CoberturaWriter.Write(report, output, new CoberturaOptions(moduleDirectory, ReportTimestamp(), ToolVersion));
            Log.LogMessage(MessageImportance.Normal, $"Coverage report: {Path.GetFullPath(OutputCoberturaFile!)}");
        }

        var counts = report.Counts;
        LineRate = counts.LineRate;
        LinesCovered = counts.LinesCovered;
        LinesValid = counts.LinesValid;
        StatementRate = counts.StatementRate;
        StatementsCovered = counts.StatementsCovered;
        StatementsValid = counts.StatementsValid;
        Log.LogMessage(MessageImportance.High, string.Format(CultureInfo.InvariantCulture,
            "Coverage: {0:0.0}% of statements ({1}/{2}), {3:0.0}% of lines ({4}/{5})",
            100 * counts.StatementRate, counts.StatementsCovered, counts.StatementsValid,
            100 * counts.LineRate, counts.LinesCovered, counts.LinesValid));
    }

    private static GoModule ReadModule(string directory, string? modulePath)
    {
        directory = Path.GetFullPath(directory);
        if (!string.IsNullOrEmpty(modulePath))
        {
            return new GoModule(modulePath!, directory);
        }
        var goMod = Path.Combine(directory, "go.mod");
        if (!File.Exists(goMod))
        {
            throw new GoSdkException(Messages.NoGoMod(directory));
        }
        var path = GoModFile.Read(goMod).ModulePath;
        return string.IsNullOrEmpty(path) ? throw new GoSdkException(Messages.NoModulePath(goMod)) : new GoModule(path!, directory);
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

    private static FileStream Create(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        return new FileStream(path, FileMode.Create, FileAccess.Write);
    }

    private static string ToolVersion =>
        typeof(ConvertCoverage).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(ConvertCoverage).Assembly.GetName().Version?.ToString()
        ?? "";
}
