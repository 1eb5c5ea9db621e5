using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Execution;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Modules;

/// <summary>
/// Runs <c>go mod download -json</c> in the module (or workspace) folder, so a restore fills the module cache and
/// a later build needs no network. Each module Go could not provide becomes one coded error naming it; a download
/// that outlives <see cref="TimeoutSeconds"/> is stopped, because Go itself waits forever on a proxy that accepts
/// a connection and never answers.
/// </summary>
public sealed class DownloadGoModules : GoCommandTask
{
    /// <summary>The GOPROXY in effect (GoProxy), named in errors; empty when Go's own default or the environment's applies.</summary>
    public string? Proxy { get; set; }

    /// <summary>How long <c>go mod download</c> may run (GoModDownloadTimeout); 0 or less waits without limit.</summary>
    public int TimeoutSeconds { get; set; } = 600;

    protected override void ExecuteCore()
    {
        var stdout = new StringBuilder();
        var stderr = new List<string>();
        var logLock = new object();
        void OnStderr(string line)
        {
            lock (logLock)
            {
                stderr.Add(line);
                Log.LogMessage(MessageImportance.Normal, "{0}", SecretRedactor.RedactText(line));
            }
        }
        void OnStdout(string line)
        {
            lock (logLock)
            {
                stdout.AppendLine(line);
            }
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(CancellationToken);
        if (TimeoutSeconds > 0)
        {
            timeout.CancelAfter(TimeSpan.FromSeconds(TimeoutSeconds));
        }
        int exitCode;
        try
        {
            exitCode = RunGo(new[] { "mod", "download", "-json" }, OnStdout, OnStderr, timeout.Token);
        }
        catch (OperationCanceledException) when (!CancellationToken.IsCancellationRequested)
        {
            throw new GoSdkException(Messages.ModuleDownloadTimedOut(TimeoutSeconds, ProxyForMessages()));
        }
        if (exitCode == 0)
        {
            return;
        }

        var problems = ModuleDownloadOutputReader.Read(stdout.ToString(), stderr);
        if (problems.Count == 0)
        {
            var lastLines = stderr.Where(l => l.Trim().Length > 0).Reverse().Take(10).Reverse();
            LogError(Messages.ModuleDownloadFailed(exitCode, SecretRedactor.RedactText(string.Join(Environment.NewLine, lastLines))));
            return;
        }
        foreach (var problem in problems)
        {
            LogError(ModuleProblemDiagnostics.For(AsUnreachableWhenProxyFolderIsMissing(problem), exitCode, ProxyForMessages()));
        }
    }

    // A file:// proxy whose folder does not exist reports "no such file or directory" for every module, which
    // reads like a missing module; the cause is the proxy, like a server that is down.
    private ModuleProblem AsUnreachableWhenProxyFolderIsMissing(ModuleProblem problem)
    {
        if (problem.Kind != ModuleProblemKind.NotFound)
        {
            return problem;
        }
        var missing = FileProxyFolders().FirstOrDefault(folder => !Directory.Exists(folder));
        return missing is null ? problem : problem with
        {
            Kind = ModuleProblemKind.ProxyUnreachable,
            Detail = $"the proxy folder '{missing}' does not exist",
        };
    }

    private IEnumerable<string> FileProxyFolders() =>
        (Proxy ?? "").Split(',', '|')
            .Select(entry => entry.Trim())
            .Where(entry => entry.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
            .Select(entry => Uri.TryCreate(entry, UriKind.Absolute, out var uri) ? uri.LocalPath : null)
            .OfType<string>();

    private string ProxyForMessages() =>
        string.IsNullOrWhiteSpace(Proxy) ? "GOPROXY from the environment or 'go env', by default https://proxy.golang.org,direct" : SecretRedactor.RedactText(Proxy!);
}
