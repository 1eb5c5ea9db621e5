using System.IO;
using SharpCompress.Compressors;
using SharpCompress.Compressors.Deflate;

namespace Go.Sdk.Tasks.Publishing;

/// <summary>
/// Raw deflate for gzip and zip members. SharpCompress' deflate is managed code, so it writes the same bytes on
/// .NET Framework (Visual Studio's MSBuild) and on every .NET; System.IO.Compression wraps the platform's zlib,
/// whose output changed with .NET 9's move to zlib-ng — an archive would then depend on which MSBuild built it.
/// </summary>
internal static class Deflate
{
    // SharpCompress 0.50.8 writes nothing at all when constructed with leaveOpen: true, so the output is kept open
    // by a wrapper instead: disposing the compressor then finishes the stream and closes only the wrapper.
    public static Stream Compressor(Stream output) =>
        new DeflateStream(new WriteThroughStream(output), CompressionMode.Compress, CompressionLevel.Default);
}
