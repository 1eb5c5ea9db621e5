using System;

namespace Go.Sdk.Tasks.Sbom;

/// <summary>What the SBOM says beyond the binary's own build information.</summary>
/// <param name="BinaryName">The published file name, e.g. <c>hello.exe</c>.</param>
/// <param name="ProjectVersion">The project's <c>Version</c>, used for the main module (which Go records as <c>(devel)</c>); empty to use Go's.</param>
/// <param name="ToolVersion">The version of Go.Sdk that wrote the SBOM.</param>
/// <param name="Timestamp">The BOM's time, from SOURCE_DATE_EPOCH; null to leave it out, so the file depends on its inputs only.</param>
public sealed record SbomSubject(string BinaryName, string ProjectVersion, string ToolVersion, DateTime? Timestamp);
