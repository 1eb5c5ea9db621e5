using Go.Sdk.Tasks.Toolchain.Trust;

namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>
/// Verifies downloads against the <see cref="ChecksumStore"/>: the project's pin, the user's checksum files, then
/// the embedded manifest of official checksums — never anything the server sent.
/// </summary>
public sealed class TrustedChecksumVerifier : IToolchainVerifier
{
    private readonly ChecksumVerifier _verifier;

    public TrustedChecksumVerifier(ChecksumStore store)
    {
        _verifier = new ChecksumVerifier(store);
    }

    public string VerifyArchive(string archiveFileName, DownloadedFile download) =>
        _verifier.Verify(archiveFileName, download.Path, download.Sha256).Describe();

    public string VerifyModuleZip(string moduleSubject, DownloadedFile download) =>
        _verifier.Verify(moduleSubject, download.Path, download.Sha256).Describe();
}
