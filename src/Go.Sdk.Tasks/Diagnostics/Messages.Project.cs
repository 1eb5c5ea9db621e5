namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    public static GoSdkDiagnostic NoGoMod(string projectDirectory) => new("GOSDK0001",
        $"No go.mod was found in '{projectDirectory}'. A .goproj builds the Go module beside it: run 'go mod init <module path>' in that folder, or set GoModuleDirectory to the folder that holds go.mod.");

    public static GoSdkDiagnostic InvalidGoVersion(string value, string origin) => new("GOSDK0002",
        $"'{value}' ({origin}) is not a Go version. Use an exact release such as 1.22.12, a pre-release such as 1.23rc2, or major.minor such as 1.22 for the newest patch Go.Sdk knows.");

    public static GoSdkDiagnostic UnknownBuildMode(string value) => new("GOSDK0003",
        $"GoBuildMode '{value}' is not supported. Use one of: exe, pie, c-shared, c-archive, plugin.");

    public static GoSdkDiagnostic InvalidGoMod(string path, int line, string detail) => new("GOSDK0004",
        $"go.mod could not be read: {detail}. Fix the line, or run 'go mod edit -fmt' to see Go's own complaint.", path, line);
}
