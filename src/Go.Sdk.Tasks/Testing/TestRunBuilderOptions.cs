using System;

namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// Bounds on what <see cref="TestRunBuilder"/> keeps, so a run of any size fits in a fixed amount of memory.
/// A failed test always keeps up to <see cref="MaxOutputCharsPerTest"/> characters of output; a passed or skipped
/// test keeps its output only while all such output retained so far stays under <see cref="MaxPassedOutputChars"/>.
/// Go's framing lines (<c>=== RUN</c>, <c>--- PASS</c>) are never kept, so most passing tests keep nothing.
/// </summary>
public sealed class TestRunBuilderOptions
{
    public static TestRunBuilderOptions Default { get; } = new();

    public int MaxOutputCharsPerTest { get; init; } = 64 * 1024;

    public long MaxPassedOutputChars { get; init; } = 4L * 1024 * 1024;

    /// <summary>Output of a test binary outside any test, per package (panics in init, benchmark headers).</summary>
    public int MaxPackageOutputChars { get; init; } = 64 * 1024;

    /// <summary>Compiler output kept per failed build, and text no package claimed.</summary>
    public int MaxBuildOutputChars { get; init; } = 64 * 1024;

    /// <summary>
    /// The GOROOT of the toolchain that ran the tests, if known: stack frames under it are skipped when looking for
    /// the place a panic happened. Frames of the runtime and testing packages are skipped either way.
    /// </summary>
    public string? GoRoot { get; init; }

    internal bool IsUserFrame(string file)
    {
        string path = file.Replace('\\', '/');
        if (GoRoot is { Length: > 0 } && path.StartsWith(GoRoot.Replace('\\', '/').TrimEnd('/') + "/", StringComparison.Ordinal))
        {
            return false;
        }
        return !(path.Contains("/src/runtime/") || path.Contains("/src/testing/")
            || path.StartsWith("runtime/", StringComparison.Ordinal) || path.StartsWith("testing/", StringComparison.Ordinal)
            || path.EndsWith("_testmain.go", StringComparison.Ordinal));
    }
}
