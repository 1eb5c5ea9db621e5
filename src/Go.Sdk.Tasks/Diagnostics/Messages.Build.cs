namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    /// <summary>A compiler or linker message that names a place; the code tells Go's errors from ours.</summary>
    public const string CompilerErrorCode = "GOSDK0201";

    public static GoSdkDiagnostic GoCommandFailed(string command, int exitCode) => new("GOSDK0202",
        $"'{command}' exited with code {exitCode}. The lines above are Go's own output.");

    public static GoSdkDiagnostic GoCommandCouldNotStart(string executable, string reason) => new("GOSDK0203",
        $"'{executable}' could not be started: {reason}.");
}
