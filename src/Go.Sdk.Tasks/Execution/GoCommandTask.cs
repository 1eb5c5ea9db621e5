using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Execution;

/// <summary>
/// Base of the tasks that start <c>go</c>. Every call gets the resolved toolchain (<c>GOROOT</c>, its <c>bin</c>
/// first on <c>PATH</c>) and <c>GOTOOLCHAIN=local</c>, without which a go.mod <c>toolchain</c> line would make
/// <c>go</c> silently download and run another Go. The command line and the environment Go.Sdk sets are logged,
/// secrets redacted, so a binlog shows exactly what ran.
/// </summary>
public abstract class GoCommandTask : GoSdkTask
{
    [Required] public string GoExecutable { get; set; } = "";
    [Required] public string GoRoot { get; set; } = "";
    [Required] public string WorkingDirectory { get; set; } = "";

    /// <summary><c>NAME=value</c> pairs for every <c>go</c> call (GOPROXY, GOFLAGS, @(GoEnvironment), GOOS…).</summary>
    public string[] EnvironmentVariables { get; set; } = Array.Empty<string>();

    protected int RunGo(IReadOnlyList<string> arguments, Action<string> onStdout, Action<string> onStderr) =>
        RunGo(arguments, onStdout, onStderr, CancellationToken);

    /// <summary>Runs go until it exits or <paramref name="cancellation"/> ends its process tree (a timeout of the caller's).</summary>
    protected int RunGo(IReadOnlyList<string> arguments, Action<string> onStdout, Action<string> onStderr, System.Threading.CancellationToken cancellation) =>
        ProcessRunner.Run(GoProcess(arguments), onStdout, onStderr, cancellation);

    /// <summary>The <c>go</c> process to start, with the toolchain's environment; logs its command line.</summary>
    protected ProcessSpec GoProcess(IReadOnlyList<string> arguments)
    {
        var spec = GoProcessSpec.Create(GoExecutable, GoRoot, WorkingDirectory, EnvironmentVariables, arguments);

        Log.LogMessage(MessageImportance.Normal, "{0}", SecretRedactor.RedactText(spec.ToString()));
        foreach (var variable in spec.Environment)
        {
            if (variable.Key != "PATH")
            {
                Log.LogMessage(MessageImportance.Low, "  {0}={1}", variable.Key, SecretRedactor.RedactVariable(variable.Key, variable.Value ?? ""));
            }
        }
        return spec;
    }
}
