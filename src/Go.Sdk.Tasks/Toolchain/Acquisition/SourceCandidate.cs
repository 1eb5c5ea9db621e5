using Go.Sdk.Tasks.Toolchain.Installation;

namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>
/// One place to try: the package's full location, its shape, and whether a failure other than "not found" lets the
/// next candidate be tried (GOPROXY's <c>|</c>) or stops acquisition (GOPROXY's <c>,</c>).
/// </summary>
public sealed record SourceCandidate(System.Uri Location, PackageShape Shape, bool FallBackOnAnyError);
