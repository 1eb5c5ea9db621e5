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

    public static GoSdkDiagnostic LibraryCannotRun(string project, string package, string commands) => new("GOSDK0220",
        $"{project} is a Go library project: GoPackage '{package}' is not a main package, so there is no program to run. {(commands.Length > 0 ? $"Run one of the module's commands with -p:GoPackage=<package> ({commands}), or set GoPackage in the project" : "Run a project that builds a command (a main package), or set GoPackage to one")}.");

    public static GoSdkDiagnostic SeveralCommandsToRun(string project, string commands) => new("GOSDK0221",
        $"{project} builds several commands ({commands}), so dotnet run needs to know which one to start: add -p:GoRunCommand=<name>, or set GoRunCommand in the project.");

    public static GoSdkDiagnostic UnknownRunCommand(string project, string value, string commands) => new("GOSDK0222",
        $"GoRunCommand '{value}' is none of the commands {project} builds ({commands}). Use one of those names, or the package path (./cmd/<name>).");

    public static GoSdkDiagnostic PackagePatternMatchesNothing(string pattern, string moduleDirectory) => new("GOSDK0223",
        $"GoPackage '{pattern}' matches no package with Go files in '{moduleDirectory}'. Name a folder of the module relative to it ('./cmd/server', './cmd/...'), or leave GoPackage unset to build the module.");

    public static GoSdkDiagnostic SeveralCommandsNeedProgramBuildMode(string buildMode, string commands) => new("GOSDK0224",
        $"GoPackage names several main packages ({commands}), but GoBuildMode '{buildMode}' builds one library from one main package. Set GoPackage to that one package, or use GoBuildMode exe or pie.");

    public static GoSdkDiagnostic CommandNameClash(string name, string first, string second) => new("GOSDK0225",
        $"Two commands would both be written as '{name}': {first} and {second}. go build names a binary after its folder; build them from separate projects, or narrow GoPackage to one of them.");

    public static GoSdkDiagnostic PackageOutsideModule(string pattern, string modulePath) => new("GOSDK0226",
        $"GoPackage '{pattern}' is not a package of the module {modulePath}. Use a path relative to the module folder ('.', './cmd/server', './cmd/...') or below the module path ({modulePath}/...).");

    public static GoSdkDiagnostic NothingToVerifyInLibrary(string project) => new("GOSDK0227",
        $"{project} is a Go library project: it writes no binary, so VerifyReproducible has nothing to compare. Run it on a project that builds a program or commands (GoPackage=./cmd/...).");

    /// <summary>What a <c>go build</c> failure that names no file usually means, or null when it is not one Go.Sdk knows.</summary>
    public static string? GoBuildFailureHint(string goOutput, string packages, string buildMode)
    {
        if (goOutput.Contains("requires exactly one main package") || goOutput.Contains("requires main package"))
        {
            return buildMode is "exe" or "pie"
                ? $"GoPackage '{packages}' is not a main package. Set GoPackage to a command's folder (./cmd/<name>), or to './cmd/...' for every command; leave it '.' for a library module, whose packages are then compiled and vetted without a binary."
                : $"GoBuildMode {buildMode} builds a library from a main package (package main with //export functions), and GoPackage '{packages}' is not one. Point GoPackage at that package.";
        }
        if (goOutput.Contains("no Go files in") || goOutput.Contains("matched no packages") || goOutput.Contains("directory not found"))
        {
            return $"GoPackage '{packages}' names no folder with Go files. Use a folder relative to the module ('./cmd/server').";
        }
        if (goOutput.Contains("cannot write multiple packages to non-directory"))
        {
            return "GoPackage names several packages for one output file; name one package, or several commands with './cmd/...'.";
        }
        if (goOutput.Contains("go.mod file not found") || goOutput.Contains("cannot find main module"))
        {
            return "No go.mod was found for the build. Set GoModuleDirectory to the folder that holds go.mod, or run 'go mod init <module path>' there.";
        }
        return null;
    }
}
