using System;
using System.Collections.Generic;
using System.IO;

namespace Go.Sdk.Tasks.Execution;

/// <summary>
/// The one place a <c>go</c> process gets its environment, shared by the tasks (<see cref="GoCommandTask"/>) and the MTP
/// test host: the resolved toolchain (<c>GOROOT</c>, its <c>bin</c> first on <c>PATH</c>), <c>GOTOOLCHAIN=local</c>
/// (without it a go.mod <c>toolchain</c> line makes <c>go</c> silently download and run another Go), and no prompts.
/// </summary>
public static class GoProcessSpec
{
    /// <param name="environment"><c>NAME=value</c> pairs (GOPROXY, GOFLAGS, @(GoEnvironment), GOOS…).</param>
    public static ProcessSpec Create(string goExecutable, string goRoot, string workingDirectory, IEnumerable<string> environment, IReadOnlyList<string> arguments)
    {
        var spec = new ProcessSpec(goExecutable, arguments, workingDirectory);
        foreach (var pair in environment)
        {
            int equals = pair.IndexOf('=');
            if (equals > 0)
            {
                spec.Environment[pair.Substring(0, equals)] = pair.Substring(equals + 1);
            }
        }
        spec.Environment["GOROOT"] = goRoot;
        spec.Environment["GOTOOLCHAIN"] = "local";
        // Nobody can answer a password prompt: git (fetching a private module directly) and Git Credential Manager
        // must fail at once instead of waiting for one.
        spec.Environment["GIT_TERMINAL_PROMPT"] = "0";
        spec.Environment["GCM_INTERACTIVE"] = "never";
        spec.Environment["PATH"] = Path.Combine(goRoot, "bin") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        return spec;
    }
}
