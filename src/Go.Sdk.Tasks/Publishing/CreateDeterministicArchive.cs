using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Publishing;

/// <summary>
/// Packs a published target's files into one reproducible archive (see <see cref="DeterministicArchive"/>).
/// Each file's <c>ArchivePath</c> metadata names it inside the archive (default: its file name); <c>Executable</c>
/// (true/false) sets its mode, otherwise binaries and <c>#!</c> scripts get 0755 and everything else 0644.
/// </summary>
public sealed class CreateDeterministicArchive : GoSdkTask
{
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The archive to write, e.g. <c>bin/Release/publish/hello-linux-amd64.tar.gz</c>.</summary>
    [Required]
    [Output]
    public string ArchiveFile { get; set; } = "";

    /// <summary><c>tar.gz</c> or <c>zip</c>; empty chooses by <see cref="ArchiveFile"/>'s extension.</summary>
    public string? Format { get; set; }

    /// <summary>The time of every entry in Unix seconds (the SOURCE_DATE_EPOCH convention); empty for 1980-01-01.</summary>
    public string? SourceDateEpoch { get; set; }

    protected override void ExecuteCore()
    {
        var format = ArchiveFormats.Parse(Format, ArchiveFile);
        var mtime = ArchiveTimestamp.Parse(SourceDateEpoch);
        var entries = Files.Select(item =>
        {
            var path = item.GetMetadata("FullPath");
            var name = item.GetMetadata("ArchivePath") is { Length: > 0 } archivePath ? archivePath : Path.GetFileName(path);
            var executable = item.GetMetadata("Executable") is { Length: > 0 } flag
                ? string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase)
                : DeterministicArchive.LooksExecutable(path);
            return new ArchiveEntry(name, path, executable);
        }).ToList();
        CancellationToken.ThrowIfCancellationRequested();
        DeterministicArchive.Create(ArchiveFile, format, entries, mtime);
        Log.LogMessage(MessageImportance.Normal, $"Created {ArchiveFile} ({entries.Count} files, {format}, time {mtime}).");
    }
}
