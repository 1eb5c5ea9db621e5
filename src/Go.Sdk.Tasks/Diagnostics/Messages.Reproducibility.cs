namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    public static GoSdkDiagnostic NotReproducible(string file, string offset, string firstPath, string secondPath) => new("GOSDK0210",
        $"'{file}' is not reproducible: two builds of the same sources in different folders, with different Go caches and temp folders, differ first at byte offset {offset} ({firstPath} and {secondPath}). Something in the build depends on the folder, machine or time: check GoLdFlags (-buildid, -X values), GoBuildFlags, GoReproducible, and C code or cgo flags that use __DATE__, __TIME__ or absolute paths. docs/reproducibility.md lists the causes.");

    public static GoSdkDiagnostic OutputOfOneBuildOnly(string file, string presentIn, string missingIn) => new("GOSDK0211",
        $"'{file}' was written by one build ({presentIn}) but not by the other ({missingIn}) of the same sources: the build's output depends on where it runs. Check custom targets hooked into GoBuildDependsOn and the go:generate or cgo steps that write files.");
}
