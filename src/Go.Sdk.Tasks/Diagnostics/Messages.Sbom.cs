namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    public static GoSdkDiagnostic SbomBinaryNotFound(string path) => new("GOSDK0640",
        $"Cannot write an SBOM for '{path}': the file does not exist. Publish (or build) the project first, or set GoSbom=false.");

    public static GoSdkDiagnostic NoGoBuildInfo(string path) => new("GOSDK0641",
        $"'{path}' holds no Go build information, so no SBOM can be written for it. It is not a binary linked by Go 1.18 or later (or its build information was removed after linking); publish the binary Go built, or set GoSbom=false.");

    public static GoSdkDiagnostic GoBuildInfoTooOld(string path) => new("GOSDK0642",
        $"'{path}' was linked by a Go older than 1.18, whose build information Go.Sdk does not read. Build it with Go 1.18 or later (GoVersion), or set GoSbom=false.");

    public static GoSdkDiagnostic InvalidGoBuildInfo(string path, string detail) => new("GOSDK0643",
        $"The Go build information in '{path}' could not be read: {detail}. 'go version -m {path}' shows it as Go reads it; report the output with the Go version if Go reads it and Go.Sdk does not, or set GoSbom=false.");
}
