using System.Collections.Generic;

namespace Go.Sdk.Tasks.Coverage.Profiles;

/// <summary>
/// Several cover profiles merged into one, in Go's order: files by name, blocks by start, each block once.
/// </summary>
public sealed record MergedCoverProfile(CoverMode Mode, IReadOnlyList<FileProfile> Files);

/// <summary>The blocks of one covered file, named as in the profile (<c>importpath/file.go</c>), sorted by start.</summary>
public sealed record FileProfile(string FileName, IReadOnlyList<ProfileBlock> Blocks)
{
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
