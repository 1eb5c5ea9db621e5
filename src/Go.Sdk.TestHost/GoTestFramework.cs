using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Go.Sdk.Tasks.Execution;
using Go.Sdk.Tasks.Testing;
using Go.Sdk.Tasks.Testing.Filters;
using Go.Sdk.Tasks.Testing.Host;
using Go.Sdk.Tasks.Testing.Model;
using Go.Sdk.Tasks.Testing.Parsing;
using Go.Sdk.Tasks.Testing.Running;
using Go.Sdk.Tasks.Toolchain;
using Microsoft.Testing.Platform.CommandLine;
using Microsoft.Testing.Platform.Extensions.Messages;
using Microsoft.Testing.Platform.Extensions.TestFramework;
using Microsoft.Testing.Platform.Messages;
using Microsoft.Testing.Platform.Requests;
using Microsoft.Testing.Platform.Services;
using Microsoft.Testing.Platform.TestHost;

namespace Go.Sdk.TestHost;

/// <summary>
/// The platform's test framework for a Go module: discovery is <c>go test -list</c>, a run is <c>go test -json</c>
/// read by the same <see cref="TestRunBuilder"/> as the VSTest target. Passed and skipped tests are reported as they
/// end (live progress); failures once the run is complete, when the model knows their cause and place.
/// </summary>
internal sealed class GoTestFramework(IServiceProvider services) : ITestFramework, IDataProducer
{
    private readonly ICommandLineOptions _options = services.GetCommandLineOptions();

    public string Uid => "GoSdkGoTest";
    public string Version => typeof(GoTestFramework).Assembly.GetName().Version?.ToString() ?? "1.0.0";
    public string DisplayName => "Go (go test)";
    public string Description => "Runs Go tests with go test -json.";
    public Type[] DataTypesProduced { get; } = [typeof(TestNodeUpdateMessage), typeof(SessionFileArtifact)];

    public Task<bool> IsEnabledAsync() => Task.FromResult(true);

    public Task<CreateTestSessionResult> CreateTestSessionAsync(CreateTestSessionContext context) =>
        Task.FromResult(new CreateTestSessionResult { IsSuccess = true });

    public Task<CloseTestSessionResult> CloseTestSessionAsync(CloseTestSessionContext context) =>
        Task.FromResult(new CloseTestSessionResult { IsSuccess = true });

    public async Task ExecuteRequestAsync(ExecuteRequestContext context)
    {
        try
        {
            TestHostSettings settings = TestHostSettings.Read(Option(GoTestHostOptions.Settings)!);
            TestSelection selection = TestFilterTranslator.Translate(Option(GoTestHostOptions.Filter));
            switch (context.Request)
            {
                case DiscoverTestExecutionRequest discover:
                    await DiscoverAsync(context, discover.Session.SessionUid, settings, selection);
                    break;
                case RunTestExecutionRequest run:
                    await RunAsync(context, run.Session.SessionUid, settings, selection);
                    break;
            }
        }
        finally
        {
            context.Complete();
        }
    }

    private async Task DiscoverAsync(ExecuteRequestContext context, SessionUid session, TestHostSettings settings, TestSelection selection)
    {
        GoTestListing listing = new();
        List<string> arguments = GoTestArguments.ForList(settings.ToGoTestSettings(null), selection);
        int exitCode = await Task.Run(() => ProcessRunner.Run(GoProcess(settings, arguments),
            line => listing.Add(line, false), line => listing.Add(line, true), context.CancellationToken));
        foreach (string name in listing.Names)
        {
            await context.MessageBus.PublishAsync(this, new TestNodeUpdateMessage(session, TestNodes.Discovered(name)));
        }
        if (exitCode != 0)
        {
            // A module whose tests do not compile lists nothing: say why, as a failure (so the run fails).
            TestNode failed = new()
            {
                Uid = settings.ProjectName + " [go test -list failed]",
                DisplayName = settings.ProjectName + " [go test -list failed]",
                Properties = new PropertyBag(new ErrorTestNodeStateProperty(string.Join(Environment.NewLine, listing.OtherText.Take(60)))),
            };
            await context.MessageBus.PublishAsync(this, new TestNodeUpdateMessage(session, failed));
        }
    }

    private async Task RunAsync(ExecuteRequestContext context, SessionUid session, TestHostSettings settings, TestSelection selection)
    {
        bool coverage = settings.Coverage || _options.IsOptionSet(GoTestHostOptions.Coverage);
        string? coverProfile = coverage ? settings.CoverProfile : null;
        if (coverProfile is not null)
        {
            // A profile left by an earlier run must never be reported as this run's coverage.
            Directory.CreateDirectory(Path.GetDirectoryName(coverProfile)!);
            File.Delete(coverProfile);
        }
        GoTestSettings goSettings = settings.ToGoTestSettings(coverProfile);
        List<string> arguments = GoTestArguments.ForRun(goSettings, selection);

        TestRunBuilder builder = new(() => DateTimeOffset.Now, new TestRunBuilderOptions { GoRoot = settings.GoRoot });
        LiveResults live = new();
        Channel<TestNode> ended = Channel.CreateUnbounded<TestNode>(new UnboundedChannelOptions { SingleReader = true });
        object gate = new();
        Task<int> goTest = Task.Run(() =>
        {
            try
            {
                return ProcessRunner.Run(GoProcess(settings, arguments),
                    line =>
                    {
                        lock (gate)
                        {
                            builder.AddLine(line, false);
                            if (live.Ended(line) is TestNode node)
                            {
                                ended.Writer.TryWrite(node);
                            }
                        }
                    },
                    line =>
                    {
                        lock (gate)
                        {
                            builder.AddLine(line, true);
                        }
                    },
                    context.CancellationToken);
            }
            finally
            {
                ended.Writer.Complete();
            }
        });
        await foreach (TestNode node in ended.Reader.ReadAllAsync())
        {
            await context.MessageBus.PublishAsync(this, new TestNodeUpdateMessage(session, node));
        }
        int exitCode;
        try
        {
            exitCode = await goTest;
        }
        catch (OperationCanceledException)
        {
            // --timeout or Ctrl+C: go test's process tree is gone; the platform fails the module itself (exit code 3).
            return;
        }
        TestRun run;
        lock (gate)
        {
            run = builder.Complete(exitCode);
        }

        string moduleDirectory = settings.ModuleDirectory;
        string goMod = Path.Combine(moduleDirectory, "go.mod");
        string? modulePath = File.Exists(goMod) ? GoModFile.Read(goMod).ModulePath : null;
        ILookup<string, ReportedFailure> failures = TestFailureReport.Collect(run, modulePath, moduleDirectory).ToLookup(f => f.TestName);
        foreach (PackageResult package in run.Packages)
        {
            foreach (TestResult test in package.Tests)
            {
                if (!live.WasReported(test))
                {
                    TestNode node = TestNodes.From(test, failures[test.FullyQualifiedName].ToList());
                    await context.MessageBus.PublishAsync(this, new TestNodeUpdateMessage(session, node));
                }
            }
        }
        foreach (PackageError error in run.AllErrors)
        {
            List<ReportedFailure> own = failures[Tasks.Testing.Writers.ReportText.ErrorTestName(error)].Where(f => f.Package == error.Package).ToList();
            await context.MessageBus.PublishAsync(this, new TestNodeUpdateMessage(session, TestNodes.From(error, own)));
        }

        RunReports reports = new(settings, Option("results-directory") ?? settings.DefaultResultsDirectory)
        {
            Trx = _options.IsOptionSet(GoTestHostOptions.ReportTrx),
            TrxFileName = Option(GoTestHostOptions.ReportTrxFileName),
            JUnit = _options.IsOptionSet(GoTestHostOptions.ReportJUnit),
            JUnitFileName = Option(GoTestHostOptions.ReportJUnitFileName),
            CoverageFileName = Option(GoTestHostOptions.CoverageOutput),
        };
        List<RunArtifact> artifacts = reports.Write(run, DateTimeOffset.Now);
        if (coverProfile is not null)
        {
            artifacts.AddRange(reports.WriteCoverage(coverProfile, Console.WriteLine, context.CancellationToken));
        }
        foreach (RunArtifact artifact in artifacts)
        {
            await context.MessageBus.PublishAsync(this, new SessionFileArtifact(session, new FileInfo(artifact.Path), artifact.DisplayName));
        }
    }

    private string? Option(string name) =>
        _options.TryGetOptionArgumentList(name, out string[]? values) && values.Length > 0 ? values[0] : null;

    private static ProcessSpec GoProcess(TestHostSettings settings, IReadOnlyList<string> arguments) =>
        GoProcessSpec.Create(settings.GoExecutable, settings.GoRoot, settings.ModuleDirectory, settings.Environment, arguments);

    /// <summary>
    /// Follows the event stream as it arrives and picks out tests that just passed or were skipped, numbering repeated
    /// runs of a name (<c>-count</c>) in the order Go ends them; the final model's tests it already reported are skipped.
    /// </summary>
    private sealed class LiveResults
    {
        private readonly TestEventReader _reader = new();
        private readonly TestEvent _event = new();
        private readonly Dictionary<string, int> _ended = new(StringComparer.Ordinal);
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

        public TestNode? Ended(string line)
        {
            if (!_reader.TryRead(line, _event) || _event.Test is null
                || _event.Action is not (TestAction.Pass or TestAction.Skip or TestAction.Fail))
            {
                return null;
            }
            string name = GoTestName.FullyQualifiedName(_event.Package ?? "", _event.Test);
            _ended.TryGetValue(name, out int occurrence);
            _ended[name] = occurrence + 1;
            if (_event.Action == TestAction.Fail)
            {
                return null;
            }
            _reported.Add(TestNodes.Uid(name, occurrence));
            return TestNodes.Ended(name, occurrence, _event.Action == TestAction.Skip, TimeSpan.FromSeconds(_event.Elapsed ?? 0), DateTimeOffset.Now);
        }

        public bool WasReported(TestResult test) => _reported.Contains(TestNodes.Uid(test.FullyQualifiedName, test.Occurrence));
    }
}
