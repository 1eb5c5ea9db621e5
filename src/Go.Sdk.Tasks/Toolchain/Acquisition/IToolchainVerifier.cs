namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>
/// Decides whether a downloaded toolchain package may be installed. Acquisition depends on this interface only,
/// so the trust store (Toolchain/Trust) plugs in at one place: <see cref="AcquireGoToolchain"/>'s verifier factory.
/// Implementations must compare against checksums that did not come from the server that served the file.
/// </summary>
public interface IToolchainVerifier
{
    /// <summary>
    /// Checks an official archive (<c>go1.22.12.linux-amd64.tar.gz</c>) by the SHA-256 taken while it was
    /// downloaded, or by reading it when the trusted checksum is of another kind. Throws <see cref="Diagnostics.GoSdkException"/>
    /// when the file does not match a trusted checksum or none is known; returns what verified it
    /// (<c>sha256 &lt;hex&gt; from &lt;source&gt;</c>).
    /// </summary>
    string VerifyArchive(string archiveFileName, DownloadedFile download);

    /// <summary>
    /// Checks a <c>golang.org/toolchain</c> module zip, whose subject is
    /// <c>golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64</c>; same contract as <see cref="VerifyArchive"/>.
    /// </summary>
    string VerifyModuleZip(string moduleSubject, DownloadedFile download);
}
