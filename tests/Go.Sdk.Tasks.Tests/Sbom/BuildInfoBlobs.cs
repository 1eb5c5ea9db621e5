using System.Text;

namespace Go.Sdk.Tasks.Tests.Sbom;

/// <summary>Build-information blobs laid out as Go 1.18+ links them, for files no toolchain can produce (chunk edges, decoys).</summary>
internal static class BuildInfoBlobs
{
    public static readonly byte[] Magic = [0xFF, .. " Go buildinf:"u8.ToArray()];

    // runtime/debug's sentinels around the module text.
    private static readonly byte[] Start = Convert.FromHexString("3077af0c9274080241e1c107e6d618e6");
    private static readonly byte[] End = Convert.FromHexString("f932433186182072008242104116d8f2");

    /// <summary>Header (magic, pointer size 8, flags 0x2: inline strings), then the version and the wrapped module text.</summary>
    public static byte[] Blob(string goVersion, string modInfo) =>
        [.. Magic, 8, 0x2, .. new byte[16], .. LengthPrefixed(Encoding.UTF8.GetBytes(goVersion)), .. LengthPrefixed([.. Start, .. Encoding.UTF8.GetBytes(modInfo), .. End])];

    private static byte[] LengthPrefixed(byte[] content)
    {
        var prefix = new List<byte>();
        var length = (ulong)content.Length;
        while (length >= 0x80)
        {
            prefix.Add((byte)(length | 0x80));
            length >>= 7;
        }
        prefix.Add((byte)length);
        return [.. prefix, .. content];
    }
}
