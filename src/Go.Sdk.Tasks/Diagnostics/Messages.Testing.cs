namespace Go.Sdk.Tasks.Diagnostics;

internal static partial class Messages
{
    public static GoSdkDiagnostic TestFailed(string fullyQualifiedName, string message, string? file, int line) => new("GOSDK0301",
        $"{fullyQualifiedName} failed: {message}", file, line);

    public static GoSdkDiagnostic TestBuildFailed(string package, string detail) => new("GOSDK0302",
        $"The tests of {package} did not build: {detail}. Fix the compiler or vet error above; 'go vet {package}' shows it on its own.");

    public static GoSdkDiagnostic TestPackageFailed(string message, string? file, int line) => new("GOSDK0303",
        $"{message} Read the package's output in the test report; a panic in init or TestMain, a -timeout that expired outside a test, or os.Exit in TestMain fails every test of the package.", file, line);

    public static GoSdkDiagnostic NoTestsFound(string packages) => new("GOSDK0304",
        $"No tests were found in {packages}. Add *_test.go files with TestXxx functions, or check GoTestPackages and --filter.");

    public static GoSdkDiagnostic InvalidTestFilter(string filter, string detail) => new("GOSDK0305",
        $"--filter '{filter}' is not a valid test filter: {detail}. Use expressions such as 'FullyQualifiedName~Parse', 'Name=TestParse/empty', combined with '|', '&' and parentheses.");

    public static GoSdkDiagnostic UntranslatableTestFilter(string filter, string detail) => new("GOSDK0306",
        $"--filter '{filter}' cannot be expressed as go test -run/-skip patterns: {detail}. Split it into several dotnet test runs, or pass -run/-skip yourself in GoTestFlags.");

    public static GoSdkDiagnostic UnsupportedTestFilterProperty(string filter, string property) => new("GOSDK0307",
        $"--filter '{filter}' uses '{property}', which Go tests do not have. Go tests support FullyQualifiedName (<import path>.<TestName>[/subtest]), Name and DisplayName (<TestName>[/subtest]).");

    public static GoSdkDiagnostic UnsupportedTestLogger(string logger) => new("GOSDK0308",
        $"--logger '{logger}' is ignored: Go tests run outside VSTest, so only the trx, junit and console loggers are available. Use --logger trx or --logger \"junit;LogFilePath=<file>\".");

    public static GoSdkDiagnostic TestHostSettingsMissing(string path) => new("GOSDK0320",
        $"The Go test settings file '{path}' does not exist. dotnet test writes it when it starts the project's tests; run dotnet test without --no-build, or start the tests with dotnet test rather than running the Go.Sdk test host yourself.");

    public static GoSdkDiagnostic UnsupportedCoverageFormat(string format) => new("GOSDK0321",
        $"--coverage-output-format '{format}' is not available for Go tests. Use --coverage-output-format cobertura (the default); 'go tool cover' reads the coverage.out written beside it.");
}
