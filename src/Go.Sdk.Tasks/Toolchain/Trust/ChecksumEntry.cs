namespace Go.Sdk.Tasks.Toolchain.Trust;

public enum ChecksumKind
{
    /// <summary>Hex SHA-256 of a whole file (an official archive).</summary>
    Sha256,

    /// <summary>Go's <c>h1:</c> hash of a module zip's contents (go.sum, the checksum database).</summary>
    H1,
}

/// <summary>
/// One trusted checksum. <see cref="Subject"/> is an archive file name (<c>go1.22.12.linux-amd64.tar.gz</c>) for
/// <see cref="ChecksumKind.Sha256"/>, or <c>module@version</c> for <see cref="ChecksumKind.H1"/>.
/// <see cref="Source"/> says where the value came from, so the log can name what verified a download.
/// </summary>
public sealed record ChecksumEntry(string Subject, ChecksumKind Kind, string Value, string Source);
