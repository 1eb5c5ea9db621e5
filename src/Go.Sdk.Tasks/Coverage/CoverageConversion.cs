using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Go.Sdk.Tasks.Coverage.Cobertura;
using Go.Sdk.Tasks.Coverage.Model;
using Go.Sdk.Tasks.Coverage.Profiles;
using Go.Sdk.Tasks.Coverage.Sources;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain;

namespace Go.Sdk.Tasks.Coverage;

/// <summary>The report a conversion built, and a warning for each covered file it could not find.</summary>
public sealed record CoverageConversionResult(CoverageReport Report, IReadOnlyList<GoSdkDiagnostic> Warnings);

/// <summary>
/// Profiles → merged profile → Cobertura, the one conversion behind <see cref="ConvertCoverage"/> (classic
/// <c>dotnet test</c>) and the MTP test host's <c>--coverage</c>, so both modes write the same report.
/// </summary>
public static class CoverageConversion
{
    public static CoverageConversionResult Run(
        IEnumerable<string> profileFiles,
        GoModule mainModule,
        IEnumerable<GoModule> workspaceModules,
        string? coberturaFile,
        string? mergedProfileFile,
        long timestamp,
        CancellationToken cancellation)
    {
        var locator = new SourceLocator(mainModule, workspaceModules);
        var sources = new SourceScans(locator.Locate);
        var merger = new CoverProfileMerger(sources.Start);
        foreach (var profile in profileFiles)
        {
            cancellation.ThrowIfCancellationRequested();
            merger.AddFile(profile);
        }
        var merged = merger.Merge();
        var report = CoverageModelBuilder.Build(merged, sources);
        var warnings = report.Packages.SelectMany(p => p.Files).Where(f => f.FullPath is null)
            .Select(missing => Messages.CoveredSourceNotFound(missing.ProfileName, locator.SearchedPlaces))
            .ToList();

        if (!string.IsNullOrEmpty(mergedProfileFile))
        {
            using var writer = new StreamWriter(Create(mergedProfileFile!));
            CoverProfileWriter.Write(merged, writer);
        }
        if (!string.IsNullOrEmpty(coberturaFile))
        {
            using var output = Create(coberturaFile!);
            CoberturaWriter.Write(report, output, new CoberturaOptions(mainModule.Directory, timestamp, ToolVersion));
        }
        return new CoverageConversionResult(report, warnings);
    }

    /// <summary>The module in <paramref name="directory"/>; its path from go.mod unless <paramref name="modulePath"/> is given.</summary>
    public static GoModule ReadModule(string directory, string? modulePath)
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

    /// <summary>The line the build prints: <c>Coverage: 76.5% of statements (13/17), 73.1% of lines (19/26)</c>.</summary>
    public static string Summary(CoverageCounts counts) => string.Format(CultureInfo.InvariantCulture,
        "Coverage: {0:0.0}% of statements ({1}/{2}), {3:0.0}% of lines ({4}/{5})",
        100 * counts.StatementRate, counts.StatementsCovered, counts.StatementsValid,
        100 * counts.LineRate, counts.LinesCovered, counts.LinesValid);

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
        typeof(CoverageConversion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(CoverageConversion).Assembly.GetName().Version?.ToString()
        ?? "";
}
