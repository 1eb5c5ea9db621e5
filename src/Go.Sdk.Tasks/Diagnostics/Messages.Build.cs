namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    /// <summary>A compiler or linker message that names a place; the code tells Go's errors from ours.</summary>
    public const string CompilerErrorCode = "GOSDK0201";

    public static GoSdkDiagnostic GoCommandFailed(string command, int exitCode) => new("GOSDK0202",
        $"'{command}' exited with code {exitCode}.");

    public static GoSdkDiagnostic GoCommandCouldNotStart(string executable, string reason) => new("GOSDK0203",
        $"'{executable}' could not be started: {reason}.");

    public static GoSdkDiagnostic UserBuildIdBreaksReproducibility(string flag) => new("GOSDK0204",
        $"GoLdFlags sets '{flag}', which Go.Sdk keeps, but a fixed or path-derived build ID makes the binary differ between machines. Remove it from GoLdFlags, or set GoReproducible=false to silence this warning.");

    public static GoSdkDiagnostic GoLdFlagsUnreadable(string value, string reason) => new("GOSDK0205",
        $"GoLdFlags '{value}' cannot be read: {reason}. Quote values with single or double quotes, as for go build -ldflags.");

    public static GoSdkDiagnostic CannotRunLibrary(string project, string buildMode) => new("GOSDK0206",
        $"{project} builds a {buildMode} library (GoBuildMode), which cannot be run. Run the program that loads it, or set OutputType=Exe.");

    public static GoSdkDiagnostic BackgroundBuildNotFound(string outputFile) => new("GOSDK0207",
        $"No go build of '{outputFile}' was started in this MSBuild process, so there is none to wait for. A matrix starts its inner builds' go builds and waits for them on one MSBuild node; a custom target that calls _GoWaitForBuild on its own, or on another node, breaks that. Build the matrix with dotnet build, or set GoMatrixBuildInBackground=false.");
}
