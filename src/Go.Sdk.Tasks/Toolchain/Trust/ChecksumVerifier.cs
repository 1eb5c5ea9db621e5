using System;
using System.Threading;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Toolchain.Trust;

/// <summary>
/// Checks a downloaded file against the most trusted checksum the <see cref="ChecksumStore"/> knows for it,
/// hashing it the way that checksum was made (SHA-256 of the bytes, or <c>h1:</c> of a module zip's contents).
/// It either returns what verified the file or throws a coded error; there is no "unverified but carry on".
/// </summary>
public sealed class ChecksumVerifier
{
    private readonly ChecksumStore _store;

    public ChecksumVerifier(ChecksumStore store)
    {
        _store = store;
    }

    /// <param name="subject">The archive file name (<c>go1.22.12.linux-amd64.tar.gz</c>) or module subject
    /// (<c>golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64</c>) the file claims to be.</param>
    /// <param name="file">The downloaded file, not yet extracted.</param>
    public ChecksumVerification Verify(string subject, string file, CancellationToken cancellationToken = default) =>
        Verify(subject, file, sha256OfFile: null, cancellationToken);

    /// <summary>
    /// <see cref="Verify(string, string, CancellationToken)"/> for a file whose SHA-256 was taken while it was
    /// written (<paramref name="sha256OfFile"/>), which is then not read again unless an <c>h1:</c> hash is trusted.
    /// </summary>
    public ChecksumVerification Verify(string subject, string file, string? sha256OfFile, CancellationToken cancellationToken = default)
    {
        var expected = _store.Require(subject);
        var actual = expected.Kind == ChecksumKind.H1
            ? ModuleZipHash.OfFile(file, cancellationToken)
            : sha256OfFile ?? Sha256Hash.OfFile(file, cancellationToken);
        var comparison = expected.Kind == ChecksumKind.H1 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (!string.Equals(expected.Value, actual, comparison))
        {
            throw new GoSdkException(Messages.ChecksumMismatch(subject, file, expected.Value, actual, expected.Source));
        }
        return new ChecksumVerification(expected, file);
    }
}

/// <summary>A successful verification: which file matched which trusted checksum, and where that checksum came from.</summary>
public sealed record ChecksumVerification(ChecksumEntry Trusted, string File)
{
    /// <summary>The log line that names the source that verified the download.</summary>
    public string Describe() =>
        $"{Trusted.Subject}: {(Trusted.Kind == ChecksumKind.H1 ? "h1" : "SHA-256")} {Trusted.Value} verified against {Trusted.Source}.";
}
