using System.Collections.Generic;
using Go.Sdk.Tasks.Coverage.Profiles;

namespace Go.Sdk.Tasks.Coverage.Model;

/// <summary>
/// The neutral coverage model the writers read: packages → files → functions → lines, every level sorted
/// (packages by import path, files by name, functions and lines by line number).
/// </summary>
public sealed class CoverageReport
{
    public CoverageReport(CoverMode mode, IReadOnlyList<CoveragePackage> packages)
    {
        Mode = mode;
        Packages = packages;
        Counts = CoverageCounts.Sum(packages, p => p.Counts);
    }

    public CoverMode Mode { get; }
    public IReadOnlyList<CoveragePackage> Packages { get; }
    public CoverageCounts Counts { get; }
}

/// <summary>A Go package, by import path, and its covered files.</summary>
public sealed class CoveragePackage
{
    public CoveragePackage(string importPath, IReadOnlyList<CoverageFile> files)
    {
        ImportPath = importPath;
        Files = files;
        Counts = CoverageCounts.Sum(files, f => f.Counts);
    }

    public string ImportPath { get; }
    public IReadOnlyList<CoverageFile> Files { get; }
    public CoverageCounts Counts { get; }
}

/// <summary>
/// A covered Go file. <see cref="Lines"/> holds every coverable line, inside functions or not; when the source was
/// not found <see cref="FullPath"/> is null and there are no <see cref="Functions"/>.
/// </summary>
public sealed class CoverageFile
{
    public CoverageFile(string profileName, string? fullPath, IReadOnlyList<CoverageFunction> functions, IReadOnlyList<CoverageLine> lines, CoverageCounts counts)
    {
        ProfileName = profileName;
        FullPath = fullPath;
        Functions = functions;
        Lines = lines;
        Counts = counts;
    }

    /// <summary>The name in the cover profile: <c>example.com/m/pkg/file.go</c>.</summary>
    public string ProfileName { get; }

    /// <summary>The file's base name: <c>file.go</c>.</summary>
    public string Name => ProfileName.Substring(ProfileName.LastIndexOf('/') + 1);

    public string? FullPath { get; }
    public IReadOnlyList<CoverageFunction> Functions { get; }
    public IReadOnlyList<CoverageLine> Lines { get; }
    public CoverageCounts Counts { get; }
}

/// <summary>A top-level function or method and the coverable lines of its body.</summary>
public sealed class CoverageFunction
{
    public CoverageFunction(string name, string signature, int startLine, int endLine, IReadOnlyList<CoverageLine> lines, CoverageCounts counts)
    {
        Name = name;
        Signature = signature;
        StartLine = startLine;
        EndLine = endLine;
        Lines = lines;
        Counts = counts;
    }

    /// <summary><c>Parse</c>, <c>Stack.Len</c> or <c>(*Stack).Push</c>.</summary>
    public string Name { get; }

    /// <summary>Type parameters, parameters and results as written: <c>[T any](v T) error</c>.</summary>
    public string Signature { get; }

    public int StartLine { get; }
    public int EndLine { get; }
    public IReadOnlyList<CoverageLine> Lines { get; }
    public CoverageCounts Counts { get; }
}
