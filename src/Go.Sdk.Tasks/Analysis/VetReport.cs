using System.Collections.Generic;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Analysis;

/// <summary>
/// What one <c>go vet -json</c> run said, independent of how it is reported: the analyzers' findings, analyzers
/// that failed on a package, the located errors that kept vet from checking a package (type errors, mostly in test
/// files the build does not compile), and the remaining lines of its output.
/// </summary>
public sealed record VetReport(
    IReadOnlyList<VetFinding> Findings,
    IReadOnlyList<VetAnalyzerFailure> AnalyzerFailures,
    IReadOnlyList<CompilerMessage> SourceErrors,
    IReadOnlyList<string> OtherLines,
    IReadOnlyList<string> UnreadableJson);

/// <summary>One diagnostic of one analyzer. <see cref="File"/> is absolute, or null when vet gave no position.</summary>
public sealed record VetFinding(string Analyzer, string Package, string? File, int Line, int Column, string Message);

/// <summary>An analyzer that could not run on a package; vet reports it in place of its findings.</summary>
public sealed record VetAnalyzerFailure(string Analyzer, string Package, string Reason);
