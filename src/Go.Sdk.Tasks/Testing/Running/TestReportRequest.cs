using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Testing.Running;

/// <summary>The report formats Go.Sdk writes for <c>dotnet test --logger</c>.</summary>
public enum TestReportFormat
{
    Trx,
    JUnit,
}

/// <summary>One report file a <c>--logger</c> asked for.</summary>
public sealed record TestReportRequest(TestReportFormat Format, string Path);

/// <summary>
/// Reads <c>--logger</c> values (one per item of <c>VSTestLogger</c>) the way the loggers users know read them:
/// <list type="bullet">
/// <item><c>trx</c> → <c>&lt;results&gt;/&lt;user&gt;_&lt;machine&gt;_&lt;yyyy-MM-dd_HH_mm_ss&gt;.trx</c>, as VSTest names it;
/// <c>LogFileName=x.trx</c> → <c>&lt;results&gt;/x.trx</c>.</item>
/// <item><c>junit</c> → <c>&lt;results&gt;/TestResults.xml</c>; <c>LogFileName=</c> names the file in the results folder,
/// <c>LogFilePath=</c> gives the whole path (relative to the project folder), as JunitXml.TestLogger does;
/// <c>{assembly}</c> in either is replaced by the project name.</item>
/// <item><c>console</c> (and its verbosity) is the terminal itself: accepted, nothing to write.</item>
/// </list>
/// Any other logger gets warning GOSDK0308 and is ignored: Go tests never run inside VSTest, so its loggers cannot load.
/// </summary>
public static class TestReportRequests
{
    public static IReadOnlyList<TestReportRequest> Parse(
        IEnumerable<string> loggers,
        string resultsDirectory,
        string projectDirectory,
        string projectName,
        TrxNaming trxNaming,
        Action<GoSdkDiagnostic> warn)
    {
        List<TestReportRequest> requests = new();
        foreach (string logger in loggers)
        {
            string[] parts = logger.Split(';');
            string name = parts[0].Trim();
            Dictionary<string, string> parameters = new(StringComparer.OrdinalIgnoreCase);
            for (int i = 1; i < parts.Length; i++)
            {
                int equals = parts[i].IndexOf('=');
                if (equals > 0)
                {
                    parameters[parts[i].Substring(0, equals).Trim()] = parts[i].Substring(equals + 1).Trim();
                }
            }
            switch (name.ToLowerInvariant())
            {
                case "":
                case "console":
                    break;
                case "trx":
                    string trxName = parameters.TryGetValue("LogFileName", out string? given) && given.Length > 0
                        ? given
                        : trxNaming.DefaultFileName();
                    requests.Add(new TestReportRequest(TestReportFormat.Trx, Path.GetFullPath(Path.Combine(resultsDirectory, Expand(trxName, projectName)))));
                    break;
                case "junit":
                    string junitPath = parameters.TryGetValue("LogFilePath", out string? path) && path.Length > 0
                        ? Path.Combine(projectDirectory, Expand(path, projectName))
                        : Path.Combine(resultsDirectory, Expand(parameters.TryGetValue("LogFileName", out string? file) && file.Length > 0 ? file : "TestResults.xml", projectName));
                    requests.Add(new TestReportRequest(TestReportFormat.JUnit, Path.GetFullPath(junitPath)));
                    break;
                default:
                    warn(Messages.UnsupportedTestLogger(logger));
                    break;
            }
        }
        return requests;
    }

    private static string Expand(string name, string projectName) =>
        name.Replace("{assembly}", projectName).Replace("{framework}", "go");
}

/// <summary>The parts of VSTest's default TRX name, injected so the name is deterministic in tests.</summary>
public sealed record TrxNaming(string UserName, string MachineName, DateTimeOffset Time)
{
    public string DefaultFileName() =>
        $"{UserName}_{MachineName}_{Time.LocalDateTime.ToString("yyyy-MM-dd_HH_mm_ss", CultureInfo.InvariantCulture)}.trx";
}
