using System.IO;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Platforms;

/// <summary>
/// The file a build mode produces for a target. Libraries are named the way .NET's <c>[DllImport("name")]</c> probes
/// for them (<c>name.dll</c>, <c>libname.so</c>, <c>libname.dylib</c>), so a C# caller finds a Go library unchanged.
/// </summary>
public static class OutputFileNames
{
    /// <summary><c>.exe</c> for Windows, empty for every other GOOS.</summary>
    public static string ExecutableExtension(string goOS) => goOS == "windows" ? ".exe" : "";

    /// <summary>The output file name for <paramref name="buildMode"/> (exe, pie, c-shared, c-archive, plugin).</summary>
    public static string For(string goOS, string buildMode, string name) => buildMode switch
    {
        "exe" or "pie" => name + ExecutableExtension(goOS),
        "c-shared" => goOS switch
        {
            "windows" => name + ".dll",
            "darwin" or "ios" => "lib" + name + ".dylib",
            _ => "lib" + name + ".so",
        },
        // Go writes a GNU ar archive on every GOOS (MinGW links it as .a too), so the name does not change with the target.
        "c-archive" => "lib" + name + ".a",
        "plugin" => name + ".so",
        _ => throw new GoSdkException(Messages.UnknownBuildMode(buildMode)),
    };

    /// <summary>The C header Go writes beside a c-shared or c-archive output (<c>libname.h</c>), or null for other modes.</summary>
    public static string? HeaderFor(string goOS, string buildMode, string name) =>
        buildMode is "c-shared" or "c-archive" ? Path.ChangeExtension(For(goOS, buildMode, name), ".h") : null;
}
