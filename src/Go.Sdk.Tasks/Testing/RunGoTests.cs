using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Execution;
using Go.Sdk.Tasks.Testing.Filters;
using Go.Sdk.Tasks.Testing.Model;
using Go.Sdk.Tasks.Testing.Parsing;
using Go.Sdk.Tasks.Testing.Running;
using Go.Sdk.Tasks.Testing.Writers;
using Go.Sdk.Tasks.Toolchain;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// <c>dotnet test</c> for a Go module: runs <c>go test -json</c>, prints the .NET-style verdict line, reports every
/// failure as an MSBuild error at the failing <c>t.Error</c>/<c>t.Fatal</c> (or compiler message), writes the TRX
/// and JUnit files <c>--logger</c> asked for, and feeds the terminal logger's test counts. The task fails on any
/// failed test, build or vet failure, panic, timeout or non-zero exit of go test; a run without tests is a warning.
/// With <see cref="ListTests"/> it lists the tests instead of running them.
/// </summary>
public sealed class RunGoTests : GoCommandTask
{
    /// <summary>Package patterns (GoTestPackages); <c>./...</c> when empty.</summary>
    public string[] Packages { get; set; } = Array.Empty<string>();

    /// <summary>Further go test flags (GoTestFlags), split like GOFLAGS.</summary>
    public string? Flags { get; set; }

    public string? Timeout { get; set; }
    public bool Race { get; set; }
    public string[] Tags { get; set; } = Array.Empty<string>();
    public string? ModMode { get; set; }

    /// <summary>The <c>--filter</c> expression (VSTestTestCaseFilter).</summary>
    public string? Filter { get; set; }

    public bool ListTests { get; set; }

    /// <summary>One item per <c>--logger</c> (VSTestLogger).</summary>
    public string[] Loggers { get; set; } = Array.Empty<string>();

    [Required] public string ResultsDirectory { get; set; } = "";
    [Required] public string ProjectFile { get; set; } = "";

    /// <summary>Where go test writes its cover profile; coverage is off when empty.</summary>
    public string? CoverProfile { get; set; }
    public string CoverMode { get; set; } = "atomic";
    public string[] CoverPackages { get; set; } = Array.Empty<string>();

    /// <summary>True when the terminal logger runs (<c>_MSBUILDTLENABLED</c>): live test status and summary counts.</summary>
    public bool TerminalLogger { get; set; }

    /// <summary>The TRX and JUnit files written.</summary>
    [Output] public ITaskItem[] ReportFiles { get; private set; } = Array.Empty<ITaskItem>();

    [Output] public int Total { get; private set; }
    [Output] public int Passed { get; private set; }
    [Output] public int Failed { get; private set; }
    [Output] public int Skipped { get; private set; }

    /// <summary>The clock of the run's times; tests replace it.</summary>
    internal Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.Now;

    private string ProjectName => Path.GetFileNameWithoutExtension(ProjectFile);

    protected override void ExecuteCore()
    {
        TestSelection selection = TestFilterTranslator.Translate(Filter);
        GoTestSettings settings = new()
        {
            Packages = Packages,
            Flags = Flags,
            Timeout = Timeout,
            Race = Race,
            Tags = Tags,
            ModMode = ModMode,
            CoverProfile = string.IsNullOrEmpty(CoverProfile) ? null : Path.GetFullPath(CoverProfile),
            CoverMode = string.IsNullOrEmpty(CoverMode) ? "atomic" : CoverMode,
            CoverPackages = CoverPackages,
        };
        if (ListTests)
        {
            List(settings, selection);
            return;
        }
        if (settings.CoverProfile is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(settings.CoverProfile)!);
        }
        IReadOnlyList<TestReportRequest> reports = TestReportRequests.Parse(
            Loggers, ResultsDirectory, Path.GetDirectoryName(Path.GetFullPath(ProjectFile))!, ProjectName,
            new TrxNaming(Environment.UserName, Environment.MachineName, Clock()), LogWarning);

        TestRun run = Run(GoTestArguments.ForRun(settings, selection));
        Total = run.Totals.Total;
        Passed = run.Totals.Passed;
        Failed = run.Totals.Failed + run.Totals.Errors;
        Skipped = run.Totals.Skipped;

        ReportFiles = reports.Select(r => Write(run, r)).ToArray();
        foreach (ReportedFailure failure in TestFailureReport.Collect(run, ModulePath(), WorkingDirectory))
        {
            LogError(failure.Diagnostic);
        }
        if (run.Totals.Total == 0 && run.Succeeded)
        {
            LogWarning(Messages.NoTestsFound(string.Join(" ", settings.Packages.DefaultIfEmpty("./..."))));
        }
        string summary = TestSummary.Format(run, Path.GetFileName(ProjectFile));
        Log.LogMessage(MessageImportance.High, summary);
        if (TerminalLogger)
        {
            BuildEngine.LogMessageEvent(TerminalLoggerEvents.RunFinished(run, summary));
        }
    }

    private TestRun Run(List<string> arguments)
    {
        TestRunBuilder builder = new(Clock, new TestRunBuilderOptions { GoRoot = GoRoot });
        TestEventReader liveReader = new();
        TestEvent liveEvent = new();
        object gate = new();
        void OnLine(string line, bool fromStandardError)
        {
            // stdout and stderr arrive on two threads; the builder takes one line at a time.
            lock (gate)
            {
                builder.AddLine(line, fromStandardError);
                if (fromStandardError)
                {
                    Log.LogMessage(MessageImportance.Normal, "{0}", line);
                }
                else if (TerminalLogger && liveReader.TryRead(line, liveEvent) && liveEvent.Test is not null
                    && liveEvent.Action is TestAction.Pass or TestAction.Skip)
                {
                    BuildEngine.LogMessageEvent(TerminalLoggerEvents.TestEnded(
                        liveEvent.Action == TestAction.Skip ? TestOutcome.Skipped : TestOutcome.Passed,
                        GoTestName.FullyQualifiedName(liveEvent.Package ?? "", liveEvent.Test)));
                }
            }
        }
        int exitCode = RunGo(arguments, line => OnLine(line, false), line => OnLine(line, true));
        lock (gate)
        {
            return builder.Complete(exitCode);
        }
    }

    private ITaskItem Write(TestRun run, TestReportRequest report)
    {
        if (report.Format == TestReportFormat.Trx)
        {
            TrxWriter.WriteFile(run, report.Path, new TrxWriterOptions
            {
                UserName = Environment.UserName,
                MachineName = Environment.MachineName,
                Storage = Path.GetFullPath(ProjectFile),
            });
        }
        else
        {
            JUnitWriter.WriteFile(run, report.Path, new JUnitWriterOptions { HostName = Environment.MachineName });
        }
        Log.LogMessage(MessageImportance.High, "Results File: {0}", report.Path);
        TaskItem item = new(report.Path);
        item.SetMetadata("Format", report.Format.ToString());
        return item;
    }

    /// <summary>Lists top-level tests, benchmarks, examples and fuzz targets as VSTest lists tests.</summary>
    private void List(GoTestSettings settings, TestSelection selection)
    {
        GoTestListing listing = new();
        int exitCode = RunGo(GoTestArguments.ForList(settings, selection), line => listing.Add(line, false), line => listing.Add(line, true));
        Log.LogMessage(MessageImportance.High, "The following Tests are available:");
        foreach (string name in listing.Names)
        {
            Log.LogMessage(MessageImportance.High, "    {0}", name);
        }
        if (exitCode != 0)
        {
            GoSdkDiagnostic failed = Messages.GoCommandFailed("go test -list", exitCode);
            LogError(failed with { Message = failed.Message + Environment.NewLine + string.Join(Environment.NewLine, listing.OtherText.Take(60)) });
        }
    }

    private string? ModulePath()
    {
        string goMod = Path.Combine(WorkingDirectory, "go.mod");
        return File.Exists(goMod) ? GoModFile.Read(goMod).ModulePath : null;
    }
}
