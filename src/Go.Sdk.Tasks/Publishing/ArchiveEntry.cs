namespace Go.Sdk.Tasks.Publishing;

/// <summary>
/// One entry of a release archive: a file's path inside the archive ('/'-separated), where its bytes come from
/// (null for a directory), and whether it gets mode 0755 (executables, directories) or 0644.
/// </summary>
public sealed record ArchiveEntry(string Name, string? SourcePath, bool Executable)
{
    public bool IsDirectory => SourcePath is null;

    /// <summary>The Unix permission bits written for this entry: the file's mode on disk never leaks into an archive.</summary>
    public int Mode => IsDirectory || Executable ? 0x1ED /* 0755 */ : 0x1A4 /* 0644 */;
}
