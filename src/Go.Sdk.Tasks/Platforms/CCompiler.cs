namespace Go.Sdk.Tasks.Platforms;

/// <summary>How a C compiler was found, which decides the linker flags it takes.</summary>
public enum CCompilerKind
{
    /// <summary>GCC or a GCC-compatible driver with GNU ld (MinGW, cross gcc, musl-gcc).</summary>
    Gcc,

    /// <summary>clang, Apple clang, llvm-mingw or an osxcross wrapper.</summary>
    Clang,

    /// <summary><c>zig cc -target …</c>: one download that cross-compiles C to every target.</summary>
    Zig,

    /// <summary>Set by the project (GoCC): used as given, never second-guessed.</summary>
    Configured,
}

/// <summary>
/// The C (and C++) compiler of one target, as Go reads them from CC and CXX: a command line, possibly with
/// arguments (<c>zig cc -target aarch64-linux-musl</c>), quoted where a path holds spaces.
/// </summary>
/// <param name="CC">The value for CC.</param>
/// <param name="CXX">The value for CXX, or null when no C++ compiler for the target was found (only C++ cgo code needs one).</param>
/// <param name="Kind">Which family the compiler belongs to.</param>
public sealed record CCompiler(string CC, string? CXX, CCompilerKind Kind);
