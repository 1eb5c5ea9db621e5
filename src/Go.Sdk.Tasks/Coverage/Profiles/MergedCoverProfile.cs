using System.Collections.Generic;

namespace Go.Sdk.Tasks.Coverage.Profiles;

/// <summary>
/// Several cover profiles merged into one, in Go's order: files by name, blocks by start, each block once.
/// </summary>
public sealed record MergedCoverProfile(CoverMode Mode, IReadOnlyList<FileProfile> Files);

/// <summary>The blocks of one covered file, named as in the profile (<c>importpath/file.go</c>), sorted by start.</summary>
public sealed record FileProfile(string FileName, IReadOnlyList<ProfileBlock> Blocks);
