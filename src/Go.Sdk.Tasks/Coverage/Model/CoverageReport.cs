using System;
using System.Collections.Generic;
using Go.Sdk.Tasks.Coverage.Profiles;

namespace Go.Sdk.Tasks.Coverage.Model;

/// <summary>
/// The neutral coverage model the writers read: packages → files → functions → lines, every level sorted
/// (packages by import path, files by name, functions and lines by line number).
/// </summary>
public sealed record CoverageReport(CoverMode Mode, IReadOnlyList<CoveragePackage> Packages)
{
    public CoverageCounts Counts { get; } = CoverageCounts.Sum(Packages, p => p.Counts);
}

/// <summary>A Go package, by import path, and its covered files.</summary>
public sealed record CoveragePackage(string ImportPath, IReadOnlyList<CoverageFile> Files)
{
    public CoverageCounts Counts { get; } = CoverageCounts.Sum(Files, f => f.Counts);
}

/// <summary>
/// A covered Go file. <see cref="Lines"/> holds every coverable line, inside functions or not; when the source was
/// not found <see cref="FullPath"/> is null and there are no <see cref="Functions"/>.
/// </summary>
/// <param name="ProfileName">The name in the cover profile: <c>example.com/m/pkg/file.go</c>.</param>
public sealed record CoverageFile(string ProfileName, string? FullPath, IReadOnlyList<CoverageFunction> Functions, IReadOnlyList<CoverageLine> Lines, CoverageCounts Counts)
{
    /// <summary>The file's base name: <c>file.go</c>.</summary>
    public string Name => ProfileName.Substring(ProfileName.LastIndexOf('/') + 1);

    /// <summary>The import path of the file's package: the profile name up to its last <c>/</c>.</summary>
    public string PackagePath => ProfileName.Substring(0, Math.Max(0, ProfileName.LastIndexOf('/')));
}

/// <summary>A top-level function or method and the coverable lines of its body.</summary>
/// <param name="Name"><c>Parse</c>, <c>Stack.Len</c> or <c>(*Stack).Push</c>.</param>
/// <param name="Signature">Type parameters, parameters and results as written: <c>[T any](v T) error</c>.</param>
public sealed record CoverageFunction(string Name, string Signature, int StartLine, int EndLine, IReadOnlyList<CoverageLine> Lines, CoverageCounts Counts);
