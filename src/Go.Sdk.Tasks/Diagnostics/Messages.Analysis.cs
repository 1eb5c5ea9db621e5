namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    public static GoSdkDiagnostic GoVetFailed(string packages, int exitCode, string detail) => new("GOSDK0601",
        $"'go vet {packages}' exited with code {exitCode}{detail}. Vet checks only code that compiles, test files included: fix the errors it names, or set GoVet=false to build without vetting.");

    public static GoSdkDiagnostic GoVetSourceError(string message, string file, int line, int column) => new("GOSDK0602",
        $"go vet could not check this code: {message}. Vet type-checks every package with its test files: fix the error, or set GoVet=false.", file, line, column);

    public static GoSdkDiagnostic GoVetAnalyzerFailed(string analyzer, string package, string reason) => new("GOSDK0603",
        $"The go vet analyzer '{analyzer}' failed on {package}: {reason}. Turn that analyzer off with GoVetFlags=-{analyzer}=false, or set GoVet=false.");

    public static GoSdkDiagnostic GoVetOutputUnreadable(string reason) => new("GOSDK0604",
        $"The JSON output of go vet -json could not be read: {reason}. This toolchain prints vet results in a form Go.Sdk does not know; set GoVet=false and report the toolchain version.");

    public static GoSdkDiagnostic FileNotGofmted(string file, int line) => new("GOSDK0605",
        "gofmt would change this file. Run 'dotnet build -t:GoFormat' to format the project's Go files.", file, line);

    public static GoSdkDiagnostic GofmtSourceError(string message, string file, int line, int column) => new("GOSDK0606",
        $"gofmt could not parse this file: {message}. Fix the syntax error.", file, line, column);

    public static GoSdkDiagnostic GofmtFailed(int exitCode, string detail) => new("GOSDK0607",
        $"gofmt failed with exit code {exitCode}{detail}. Check the files it names and the toolchain's bin/gofmt.");

    public static GoSdkDiagnostic GofmtNotFound(string path) => new("GOSDK0608",
        $"The toolchain has no gofmt at '{path}'. Reinstall the toolchain, or point GoRoot at a complete Go installation.");
}
