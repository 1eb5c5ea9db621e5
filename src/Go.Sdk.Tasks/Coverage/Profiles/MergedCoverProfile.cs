using System.Collections.Generic;

namespace Go.Sdk.Tasks.Coverage.Profiles;

/// <summary>
/// Several cover profiles merged into one, in Go's order: files by name, blocks by start, each block once.
/// </summary>
public sealed class MergedCoverProfile
{
    public MergedCoverProfile(CoverMode mode, IReadOnlyList<FileProfile> files)
    {
        Mode = mode;
        Files = files;
    }

    public CoverMode Mode { get; }

    public IReadOnlyList<FileProfile> Files { get; }
}

/// <summary>The blocks of one covered file, named as in the profile (<c>importpath/file.go</c>), sorted by start.</summary>
public sealed class FileProfile
{
    public FileProfile(string fileName, IReadOnlyList<ProfileBlock> blocks)
    {
        FileName = fileName;
        Blocks = blocks;
    }

    public string FileName { get; }

    public IReadOnlyList<ProfileBlock> Blocks { get; }

    /// <summary>The import path of the file's package: the file name up to its last <c>/</c>.</summary>
    public string PackagePath
    {
        get
        {
            int slash = FileName.LastIndexOf('/');
            return slash < 0 ? "" : FileName.Substring(0, slash);
        }
    }
}
