using System;
using System.IO;
using System.Security.Cryptography;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Toolchain.Acquisition;

/// <summary>
/// Trusts exactly one SHA-256 that the project pinned (<c>GoToolchainSha256</c>), for whichever file was downloaded:
/// an archive or a module zip, hashed as a whole file. Without a pin nothing is trusted.
/// </summary>
public sealed class PinnedSha256Verifier : IToolchainVerifier
{
    private readonly string? _expected;
    private readonly string _source;

    /// <param name="sha256">64 hex digits, or null/empty for "no pin".</param>
    /// <param name="source">Where the pin came from, for messages (<c>GoToolchainSha256</c>).</param>
    public PinnedSha256Verifier(string? sha256, string source)
    {
        var pin = sha256?.Trim();
        if (!string.IsNullOrEmpty(pin) && !IsSha256(pin!))
        {
            throw new GoSdkException(Messages.InvalidSha256(pin!));
        }
        _expected = string.IsNullOrEmpty(pin) ? null : pin!.ToLowerInvariant();
        _source = source;
    }

    public string VerifyArchive(string archiveFileName, string downloadedFilePath) => Verify(archiveFileName, downloadedFilePath);

    public string VerifyModuleZip(string moduleSubject, string downloadedFilePath) => Verify(moduleSubject, downloadedFilePath);

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    public static string HashFile(string path)
    {
        using var sha = SHA256.Create();
        using var stream = File.OpenRead(path);
        return BitConverter.ToString(sha.ComputeHash(stream)).Replace("-", "").ToLowerInvariant();
    }

    private string Verify(string subject, string path)
    {
        if (_expected is null)
        {
            throw new GoSdkException(Messages.NoTrustedChecksum(subject));
        }
        var actual = HashFile(path);
        if (actual != _expected)
        {
            throw new GoSdkException(Messages.ChecksumMismatch(subject, _expected, actual, _source));
        }
        return $"sha256 {actual} from {_source}";
    }

    private static bool IsSha256(string text)
    {
        if (text.Length != 64)
        {
            return false;
        }
        foreach (char c in text)
        {
            if (!Uri.IsHexDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
