namespace Go.Sdk.Tasks.Platforms;

/// <summary>The container format of an executable or library.</summary>
public enum BinaryFormat
{
    /// <summary>Not an executable format this inspector reads (a script, an archive, a fat Mach-O, …).</summary>
    Unknown,

    /// <summary>Linux, FreeBSD and the other Unix systems.</summary>
    Elf,

    /// <summary>Windows (PE/COFF).</summary>
    Pe,

    /// <summary>macOS and iOS (thin Mach-O).</summary>
    MachO,
}

/// <summary>
/// What a binary's headers say about the machine it was built for, in Go's words, independent of the format.
/// </summary>
public sealed record BinaryDescription
{
    public BinaryFormat Format { get; init; }

    /// <summary>The architecture as GOARCH names it (<c>amd64</c>, <c>arm64</c>, <c>386</c>, …), or null when unknown.</summary>
    public string? GoArch { get; init; }

    /// <summary>ELF class 64, PE32+ or a 64-bit Mach-O.</summary>
    public bool Is64Bit { get; init; }

    /// <summary>The raw machine field: ELF e_machine, PE Machine, Mach-O cputype.</summary>
    public int Machine { get; init; }

    /// <summary>ELF only: a PT_INTERP header, i.e. the kernel starts a dynamic loader first.</summary>
    public bool HasInterpreter { get; init; }

    /// <summary>ELF only: a PT_DYNAMIC header (shared libraries to load, relocations to apply).</summary>
    public bool HasDynamicSection { get; init; }

    /// <summary>PE only: the COFF TimeDateStamp, 0 in a reproducible build.</summary>
    public uint? PeTimestamp { get; init; }

    /// <summary>
    /// ELF with neither an interpreter nor a dynamic section: runs on any kernel of its architecture with nothing
    /// else installed (Go without CGO, or static musl). A static-pie has a dynamic section and does not count.
    /// </summary>
    public bool IsStaticallyLinked => Format == BinaryFormat.Elf && !HasInterpreter && !HasDynamicSection;

    public static BinaryDescription Unknown { get; } = new();
}
