namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    private const string HowToSupplyChecksum =
        "Put its checksum in a file listed in GoToolchainChecksums ('<sha256>  <archive file name>' lines as sha256sum writes them, or go.sum lines for module zips), set GoToolchainSha256 to the archive's SHA-256, or update Go.Sdk to a version that knows this release.";

    public static GoSdkDiagnostic MalformedChecksumLine(string path, int line, string text) => new("GOSDK0150",
        $"'{text}' is neither a sha256sum line ('<64 hex digits>  <file name>') nor a go.sum line ('<module> <version> h1:<hash>'). Fix or remove the line; blank lines and lines starting with '#' are ignored.",
        path, line);

    public static GoSdkDiagnostic ChecksumFileNotFound(string path) => new("GOSDK0151",
        $"The checksum file '{path}' (GoToolchainChecksums) does not exist. Fix the path, or remove it from GoToolchainChecksums.");

    public static GoSdkDiagnostic ConflictingChecksums(string subject, string firstSource, string firstValue, string secondSource, string secondValue) => new("GOSDK0152",
        $"Two trusted checksum files disagree about {subject}: '{firstSource}' says {firstValue}, '{secondSource}' says {secondValue}. Keep only the correct line; Go.Sdk will not guess which file to believe.");

    public static GoSdkDiagnostic InvalidToolchainSha256(string value) => new("GOSDK0153",
        $"GoToolchainSha256 '{value}' is not a SHA-256: it must be 64 hexadecimal digits, as printed by 'sha256sum' or 'Get-FileHash'. Fix the value, or remove it to use the checksums Go.Sdk knows.");

    public static GoSdkDiagnostic NoKnownChecksum(string subject) => new("GOSDK0154",
        $"No trusted checksum is known for {subject}, so it cannot be verified and will not be used. {HowToSupplyChecksum}");

    public static GoSdkDiagnostic ChecksumMismatch(string subject, string file, string expected, string actual, string source) => new("GOSDK0155",
        $"{subject} failed verification: expected {expected} (from {source}), but the downloaded file '{file}' has {actual}. The file was not used. If the mirror or proxy serves a different build on purpose, supply its checksum through GoToolchainChecksums or GoToolchainSha256; otherwise the download is corrupt or tampered with.");

    public static GoSdkDiagnostic UnreadableModuleZip(string file, string reason) => new("GOSDK0156",
        $"The module zip '{file}' cannot be hashed: {reason}. It was not used. Check that GoToolchainProxy serves golang.org/toolchain module zips as a Go module proxy does.");
}
