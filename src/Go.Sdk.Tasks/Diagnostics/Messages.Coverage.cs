namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    public static GoSdkDiagnostic CoverModeMismatch(string profile, string mode, string firstProfile, string firstMode) => new("GOSDK0401",
        $"Cover profile '{profile}' was recorded with -covermode={mode}, but '{firstProfile}' with -covermode={firstMode}; profiles of different modes cannot be merged. Record every test run with the same GoCoverMode (set, count or atomic).",
        profile, 1);

    public static GoSdkDiagnostic InvalidCoverProfileLine(string profile, int line, string detail) => new("GOSDK0402",
        $"Cover profile '{profile}' could not be read: {detail}. A profile starts with 'mode: set|count|atomic' followed by lines 'importpath/file.go:line.col,line.col statements count'; regenerate it with 'go test -coverprofile'.",
        profile, line);

    public static GoSdkDiagnostic InconsistentStatementCount(string fileName, string block, int first, int second) => new("GOSDK0403",
        $"The cover profiles disagree about block {fileName}:{block}: one counts {first} statements in it, another {second}, so they come from different versions of the source. Delete the old profiles and run the tests again.");

    public static GoSdkDiagnostic CoverProfileNotFound(string profile) => new("GOSDK0404",
        $"Cover profile '{profile}' does not exist. Check that 'go test -coverprofile' ran and wrote it, or remove it from the profiles to convert.");

    public static GoSdkDiagnostic CoveredSourceNotFound(string fileName, string searched) => new("GOSDK0405",
        $"The covered file '{fileName}' was not found (searched: {searched}). Its lines are reported without functions and without a file to show. Add the module it belongs to (its folder and module path) to the workspace modules, or leave its package out of GoCoverPackages.");

    public static GoSdkDiagnostic NoModulePath(string goMod) => new("GOSDK0406",
        $"'{goMod}' has no 'module' line, so cover profile names cannot be matched to files. Add 'module <path>' to go.mod, or pass the module path explicitly.",
        goMod);

    public static GoSdkDiagnostic InvalidCoverageTimestamp(string value) => new("GOSDK0407",
        $"The coverage report timestamp '{value}' is not a whole number of seconds since 1970-01-01 UTC. Pass seconds (as SOURCE_DATE_EPOCH holds them), or leave it empty to use the current time.");
}
