using System;
using System.IO;

namespace Go.Sdk.Tasks.Platforms;

/// <summary>
/// Reads the headers of an ELF, PE or Mach-O file (format, architecture, dynamic linking), so tests and the
/// reproducibility check can tell what a build produced without running it; and finds where two files differ.
/// </summary>
public static class BinaryInspector
{
    private const int ElfPtDynamic = 2;
    private const int ElfPtInterp = 3;

    public static BinaryDescription Inspect(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var magic = ReadAt(stream, 0, 4);
        if (magic.Length < 4)
        {
            return BinaryDescription.Unknown;
        }
        if (magic[0] == 0x7F && magic[1] == (byte)'E' && magic[2] == (byte)'L' && magic[3] == (byte)'F')
        {
            return InspectElf(stream);
        }
        if (magic[0] == (byte)'M' && magic[1] == (byte)'Z')
        {
            return InspectPe(stream);
        }
        // Thin Mach-O, little-endian (every Mac Go targets): 0xfeedface (32-bit) or 0xfeedfacf (64-bit).
        if (magic[3] == 0xFE && magic[2] == 0xED && magic[1] == 0xFA && magic[0] is 0xCE or 0xCF)
        {
            return InspectMachO(stream, is64: magic[0] == 0xCF);
        }
        return BinaryDescription.Unknown;
    }

    /// <summary>The offset of the first byte where the files differ (the shorter length if one is a prefix of the other), or null if equal.</summary>
    public static long? FirstDifference(string fileA, string fileB)
    {
        using var a = new FileStream(fileA, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var b = new FileStream(fileB, FileMode.Open, FileAccess.Read, FileShare.Read);
        var bufferA = new byte[81920];
        var bufferB = new byte[81920];
        long offset = 0;
        while (true)
        {
            var readA = ReadFully(a, bufferA);
            var readB = ReadFully(b, bufferB);
            var common = Math.Min(readA, readB);
            for (var i = 0; i < common; i++)
            {
                if (bufferA[i] != bufferB[i])
                {
                    return offset + i;
                }
            }
            if (readA != readB)
            {
                return offset + common;
            }
            if (readA == 0)
            {
                return null;
            }
            offset += readA;
        }
    }

    private static BinaryDescription InspectElf(Stream stream)
    {
        var ident = ReadAt(stream, 0, 64);
        if (ident.Length < 52)
        {
            return BinaryDescription.Unknown;
        }
        var is64 = ident[4] == 2;
        var reader = new EndianReader(ident, bigEndian: ident[5] == 2);
        var machine = reader.UInt16(18);
        var phoff = is64 ? (long)reader.UInt64(32) : reader.UInt32(28);
        var phentsize = reader.UInt16(is64 ? 54 : 42);
        var phnum = reader.UInt16(is64 ? 56 : 44);

        bool interp = false, dynamic = false;
        var headers = new EndianReader(ReadAt(stream, phoff, phentsize * phnum), reader.BigEndian);
        for (var i = 0; i < phnum && (i + 1) * phentsize <= headers.Length; i++)
        {
            var type = headers.UInt32(i * phentsize);
            interp |= type == ElfPtInterp;
            dynamic |= type == ElfPtDynamic;
        }
        return new BinaryDescription
        {
            Format = BinaryFormat.Elf,
            GoArch = ElfGoArch(machine, is64, reader.BigEndian),
            Is64Bit = is64,
            Machine = machine,
            HasInterpreter = interp,
            HasDynamicSection = dynamic,
        };
    }

    private static string? ElfGoArch(int machine, bool is64, bool bigEndian) => machine switch
    {
        3 => "386",
        8 => (is64 ? "mips64" : "mips") + (bigEndian ? "" : "le"),
        21 => bigEndian ? "ppc64" : "ppc64le",
        22 => "s390x",
        40 => "arm",
        62 => "amd64",
        183 => "arm64",
        243 => "riscv64",
        258 => "loong64",
        _ => null,
    };

    private static BinaryDescription InspectPe(Stream stream)
    {
        var dos = new EndianReader(ReadAt(stream, 0, 64), bigEndian: false);
        if (dos.Length < 64)
        {
            return BinaryDescription.Unknown;
        }
        var peOffset = dos.UInt32(0x3C);
        // Signature "PE\0\0", the 20-byte COFF header, then the optional header's magic.
        var pe = new EndianReader(ReadAt(stream, peOffset, 26), bigEndian: false);
        if (pe.Length < 26 || pe.UInt32(0) != 0x00004550)
        {
            return BinaryDescription.Unknown;
        }
        var machine = pe.UInt16(4);
        return new BinaryDescription
        {
            Format = BinaryFormat.Pe,
            GoArch = machine switch { 0x8664 => "amd64", 0x14C => "386", 0xAA64 => "arm64", 0x1C4 => "arm", _ => null },
            Is64Bit = pe.UInt16(24) == 0x20B,
            Machine = machine,
            PeTimestamp = pe.UInt32(8),
        };
    }

    private static BinaryDescription InspectMachO(Stream stream, bool is64)
    {
        var header = new EndianReader(ReadAt(stream, 0, 8), bigEndian: false);
        var cpuType = (int)header.UInt32(4);
        return new BinaryDescription
        {
            Format = BinaryFormat.MachO,
            GoArch = cpuType switch { 0x01000007 => "amd64", 0x0100000C => "arm64", 7 => "386", 12 => "arm", _ => null },
            Is64Bit = is64,
            Machine = cpuType,
        };
    }

    private static byte[] ReadAt(Stream stream, long offset, int count)
    {
        if (offset < 0 || offset >= stream.Length || count <= 0)
        {
            return Array.Empty<byte>();
        }
        stream.Position = offset;
        var buffer = new byte[(int)Math.Min(count, stream.Length - offset)];
        Array.Resize(ref buffer, ReadFully(stream, buffer));
        return buffer;
    }

    private static int ReadFully(Stream stream, byte[] buffer)
    {
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }
        return total;
    }

    /// <summary>Little- or big-endian integers from a header already in memory.</summary>
    private readonly struct EndianReader
    {
        private readonly byte[] _bytes;

        public EndianReader(byte[] bytes, bool bigEndian)
        {
            _bytes = bytes;
            BigEndian = bigEndian;
        }

        public bool BigEndian { get; }

        public int Length => _bytes.Length;

        public ushort UInt16(int at) => (ushort)Read(at, 2);

        public uint UInt32(int at) => (uint)Read(at, 4);

        public ulong UInt64(int at) => Read(at, 8);

        private ulong Read(int at, int size)
        {
            ulong value = 0;
            for (var i = 0; i < size; i++)
            {
                var b = _bytes[BigEndian ? at + i : at + size - 1 - i];
                value = (value << 8) | b;
            }
            return value;
        }
    }
}
