using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace Go.Sdk.Tasks.Toolchain.Trust;

/// <summary>
/// Streaming SHA-256 as lowercase hex, the form sha256sum prints and go.dev publishes. Reads in chunks and checks
/// for cancellation between them, so hashing a 70 MB toolchain archive never holds it in memory nor blocks Ctrl+C.
/// </summary>
public static class Sha256Hash
{
    private const int ChunkSize = 81920;

    public static string OfFile(string path, CancellationToken cancellationToken = default)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, FileOptions.SequentialScan);
        return OfStream(stream, cancellationToken);
    }

    public static string OfStream(Stream content, CancellationToken cancellationToken = default) =>
        ToHex(Digest(content, cancellationToken));

    internal static byte[] Digest(Stream content, CancellationToken cancellationToken)
    {
        using var sha = SHA256.Create();
        var buffer = new byte[ChunkSize];
        int read;
        while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            sha.TransformBlock(buffer, 0, read, null, 0);
        }
        sha.TransformFinalBlock(buffer, 0, 0);
        return sha.Hash!;
    }

    // The up-to-date check hashes every input of a build, so the one-shot forms matter where they exist.
    internal static byte[] Digest(byte[] content)
    {
#if NET
        return SHA256.HashData(content);
#else
        using var sha = SHA256.Create();
        return sha.ComputeHash(content);
#endif
    }

    internal static string ToHex(byte[] bytes)
    {
#if NET
        return System.Convert.ToHexString(bytes).ToLowerInvariant();
#else
        var hex = new StringBuilder(bytes.Length * 2);
        foreach (byte b in bytes)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return hex.ToString();
#endif
    }
}
