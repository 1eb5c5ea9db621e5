namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    public static GoSdkDiagnostic ReleaseFileChanged(string checksumFile, int line, string name, string expected, string actual) => new("GOSDK0801",
        $"'{name}' does not match its SHA256SUMS line: the file's SHA-256 is {actual}, the line says {expected}. The file changed after the job that published it wrote SHA256SUMS, or its artifact was not downloaded completely. Download the job's artifact again, or re-run that job.",
        checksumFile, line);

    public static GoSdkDiagnostic ReleaseFileMissing(string checksumFile, int line, string name, string expectedPath) => new("GOSDK0802",
        $"'{name}' is listed in SHA256SUMS but '{expectedPath}' does not exist. Download every file of the job's artifact beside its SHA256SUMS, or re-run the job that published it.",
        checksumFile, line);

    public static GoSdkDiagnostic ConflictingReleaseFiles(string name, string first, string firstHash, string second, string secondHash) => new("GOSDK0803",
        $"Two jobs published different files named '{name}': {firstHash} in '{first}' and {secondHash} in '{second}'. Give each job a slice of GoTargetPlatforms that no other job has, so every archive comes from one job (the same archive from two jobs is fine only when its bytes are identical).");

    public static GoSdkDiagnostic MalformedReleaseChecksumLine(string checksumFile, int line, string text) => new("GOSDK0804",
        $"'{text}' is not a SHA256SUMS line ('<64 hex digits>  <file name>'). Pass the SHA256SUMS files that 'dotnet publish' wrote, unchanged.",
        checksumFile, line);

    public static GoSdkDiagnostic NoReleaseChecksumFiles(string patterns) => new("GOSDK0805",
        $"GoChecksumFiles ('{patterns}') names no existing SHA256SUMS file. Point it at the SHA256SUMS of every job's downloaded artifact, e.g. -p:GoChecksumFiles=\"artifacts/**/SHA256SUMS\".");

    public static GoSdkDiagnostic UnsafeReleaseFileName(string checksumFile, int line, string name) => new("GOSDK0806",
        $"'{name}' in SHA256SUMS is not a relative path inside the SHA256SUMS folder (it is rooted, or has '..', '\\' or empty parts), so it cannot be merged. Pass the SHA256SUMS files that 'dotnet publish' wrote, unchanged.",
        checksumFile, line);

    public static GoSdkDiagnostic ReleaseChecksumFileMissing(string path) => new("GOSDK0807",
        $"The SHA256SUMS file '{path}' named in GoChecksumFiles does not exist. Download that job's artifact there, or use a glob (artifacts/**/SHA256SUMS) that names only the parts present.");
}
