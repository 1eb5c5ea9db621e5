using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Testing.Filters;
using Microsoft.Testing.Platform.CommandLine;
using Microsoft.Testing.Platform.Extensions;
using Microsoft.Testing.Platform.Extensions.CommandLine;

namespace Go.Sdk.TestHost;

/// <summary>
/// The options a Go test module adds to the platform's own (<c>--list-tests</c>, <c>--results-directory</c>,
/// <c>--timeout</c>, <c>--minimum-expected-tests</c>, …); <c>dotnet test --help</c> lists them under the module.
/// They mean what the classic mode's options mean: the same filter syntax, the same TRX, the same Cobertura.
/// </summary>
internal sealed class GoTestHostOptions : ICommandLineOptionsProvider
{
    public const string Settings = "go-settings";
    public const string Filter = "filter";
    public const string ReportTrx = "report-trx";
    public const string ReportTrxFileName = "report-trx-filename";
    public const string ReportJUnit = "report-junit";
    public const string ReportJUnitFileName = "report-junit-filename";
    public const string Coverage = "coverage";
    public const string CoverageOutputFormat = "coverage-output-format";
    public const string CoverageOutput = "coverage-output";

    public string Uid => "GoSdkTestHostOptions";
    public string Version => typeof(GoTestHostOptions).Assembly.GetName().Version?.ToString() ?? "1.0.0";
    public string DisplayName => "Go tests (Go.Sdk)";
    public string Description => "Runs the Go tests of a .goproj with go test -json.";

    public Task<bool> IsEnabledAsync() => Task.FromResult(true);

    public IReadOnlyCollection<CommandLineOption> GetCommandLineOptions() => new[]
    {
        new CommandLineOption(Settings, "The settings file the .goproj wrote for this run (set by the project's RunArguments).", ArgumentArity.ExactlyOne, isHidden: true),
        new CommandLineOption(Filter, "Runs the Go tests the VSTest filter expression selects, as the classic mode's --filter: FullyQualifiedName (<import path>.<TestName>[/subtest]), Name or DisplayName, with =, !=, ~, |, & and parentheses; it becomes go test -run/-skip.", ArgumentArity.ExactlyOne, isHidden: false),
        new CommandLineOption(ReportTrx, "Writes a TRX report of the Go tests into the results directory.", ArgumentArity.Zero, isHidden: false),
        new CommandLineOption(ReportTrxFileName, "The TRX report's file name (in the results directory); implies --report-trx.", ArgumentArity.ExactlyOne, isHidden: false),
        new CommandLineOption(ReportJUnit, "Writes a JUnit XML report of the Go tests into the results directory.", ArgumentArity.Zero, isHidden: false),
        new CommandLineOption(ReportJUnitFileName, "The JUnit report's file name (in the results directory); implies --report-junit.", ArgumentArity.ExactlyOne, isHidden: false),
        new CommandLineOption(Coverage, "Measures Go coverage (go test -coverprofile with GoCoverMode and GoCoverPackages) and writes <results>/<guid>/coverage.cobertura.xml and coverage.out.", ArgumentArity.Zero, isHidden: false),
        new CommandLineOption(CoverageOutputFormat, "The coverage report format: cobertura (the only one).", ArgumentArity.ExactlyOne, isHidden: false),
        new CommandLineOption(CoverageOutput, "The Cobertura file name (in the results directory) instead of <guid>/coverage.cobertura.xml.", ArgumentArity.ExactlyOne, isHidden: false),
    };

    public Task<ValidationResult> ValidateOptionArgumentsAsync(CommandLineOption commandOption, string[] arguments)
    {
        if (commandOption.Name == CoverageOutputFormat && !string.Equals(arguments[0], "cobertura", System.StringComparison.OrdinalIgnoreCase))
        {
            return Invalid(Messages.UnsupportedCoverageFormat(arguments[0]));
        }
        if (commandOption.Name == Settings && !File.Exists(arguments[0]))
        {
            return Invalid(Messages.TestHostSettingsMissing(arguments[0]));
        }
        return ValidationResult.ValidTask;
    }

    public Task<ValidationResult> ValidateCommandLineOptionsAsync(ICommandLineOptions commandLineOptions)
    {
        if (!commandLineOptions.IsOptionSet(Settings))
        {
            return Invalid(Messages.TestHostSettingsMissing("(none given: --go-settings)"));
        }
        if (commandLineOptions.TryGetOptionArgumentList(Filter, out string[]? filter))
        {
            try
            {
                TestFilterTranslator.Translate(filter[0]);
            }
            catch (GoSdkException e)
            {
                // The classic mode's coded message (GOSDK0305–0307); the platform exits with its "invalid arguments" code.
                return Invalid(e.Diagnostic);
            }
        }
        return ValidationResult.ValidTask;
    }

    private static Task<ValidationResult> Invalid(GoSdkDiagnostic diagnostic) =>
        ValidationResult.InvalidTask($"{diagnostic.Code}: {diagnostic.Message}");
}
