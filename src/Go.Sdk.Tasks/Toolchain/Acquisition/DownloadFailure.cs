using System;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>
/// A source could not deliver the package. <see cref="IsNotFound"/> (404, 410, missing file) lets the next source
/// of a GOPROXY-style list be tried after either separator; any other failure only after <c>|</c>.
/// </summary>
public sealed class DownloadFailure : Exception
{
    private DownloadFailure(string location, GoSdkDiagnostic? diagnostic)
        : base(diagnostic?.Message ?? $"'{location}' does not exist.")
    {
        Location = location;
        Diagnostic = diagnostic;
    }

    /// <summary>The location as it may be logged.</summary>
    public string Location { get; }

    /// <summary>Why the download failed; null when the source simply does not have the package.</summary>
    public GoSdkDiagnostic? Diagnostic { get; }

    public bool IsNotFound => Diagnostic is null;

    public static DownloadFailure NotFound(string location) => new(location, null);

    public static DownloadFailure Failed(string location, GoSdkDiagnostic diagnostic) => new(location, diagnostic);
}
