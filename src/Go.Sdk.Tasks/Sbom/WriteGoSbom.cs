using System;
using System.IO;
using System.Reflection;
using Go.Sdk.Tasks.Publishing;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Sbom;

/// <summary>
/// Writes <c>&lt;binary&gt;.cdx.json</c>, a CycloneDX SBOM of a published Go binary read from the build information
/// Go embeds in it (see <see cref="GoBinaryReader"/> and <see cref="CycloneDxWriter"/>). Runs no <c>go</c> process,
/// so it works for binaries of any GOOS/GOARCH.
/// </summary>
public sealed class WriteGoSbom : GoSdkTask
{
    /// <summary>The Go binary (executable, c-shared library or c-archive).</summary>
    [Required]
    public string Binary { get; set; } = "";

    [Required]
    [Output]
    public string OutputFile { get; set; } = "";

    /// <summary>The project's Version, given to the main module, which Go records as <c>(devel)</c>.</summary>
    public string ProjectVersion { get; set; } = "";

    /// <summary>Unix seconds for the BOM's timestamp (reproducible-builds.org); empty leaves the timestamp out.</summary>
    public string SourceDateEpoch { get; set; } = "";

    protected override void ExecuteCore()
    {
        var binary = GoBinaryReader.Read(Binary, CancellationToken);
        DateTime? timestamp = SourceDateEpoch.Trim().Length == 0 ? null : ArchiveTimestamp.ToUtc(ArchiveTimestamp.Parse(SourceDateEpoch));
        var subject = new SbomSubject(Path.GetFileName(Binary), ProjectVersion.Trim(), ToolVersion(), timestamp);
        var bytes = CycloneDxWriter.Write(binary, subject);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(OutputFile))!);
        File.WriteAllBytes(OutputFile, bytes);
        Log.LogMessage(MessageImportance.Normal,
            $"Wrote {OutputFile}: {binary.BuildInfo.Dependencies.Count} modules, {binary.BuildInfo.GoVersion}.");
    }

    /// <summary>Go.Sdk's version without build metadata (<c>+commit</c>), so a rebuild of the same release writes the same SBOM.</summary>
    private static string ToolVersion()
    {
        var version = typeof(WriteGoSbom).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(WriteGoSbom).Assembly.GetName().Version?.ToString() ?? "";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
