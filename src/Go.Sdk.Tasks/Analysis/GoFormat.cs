using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Execution;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks.Analysis;

/// <summary>
/// Runs the toolchain's <c>gofmt</c> on <see cref="Files"/>. By default it changes nothing and reports each file
/// gofmt would change as a GOSDK0605 warning at the first line that would change (subject to NoWarn,
/// WarningsAsErrors and TreatWarningsAsErrors); with <see cref="Fix"/> it rewrites those files in place
/// (<c>gofmt -l -w</c>). A file gofmt cannot parse is an error at its syntax error in both modes.
/// </summary>
public sealed class GoFormat : GoSdkTask
{
    // Well below Windows' 32767-character command line, whatever the path lengths.
    private const int MaxArgumentCharacters = 16_000;

    /// <summary>The toolchain's <c>bin/gofmt</c>.</summary>
    [Required] public string GofmtExecutable { get; set; } = "";
    [Required] public string WorkingDirectory { get; set; } = "";
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();
    /// <summary>Rewrite the files instead of reporting them.</summary>
    public bool Fix { get; set; }

    public string? NoWarn { get; set; }
    public string? WarningsAsErrors { get; set; }
    public string? WarningsNotAsErrors { get; set; }
    public bool TreatWarningsAsErrors { get; set; }

    /// <summary>The files gofmt would change (check) or changed (fix).</summary>
    [Output] public ITaskItem[] UnformattedFiles { get; set; } = Array.Empty<ITaskItem>();

    protected override void ExecuteCore()
    {
        if (!File.Exists(GofmtExecutable))
        {
            throw new GoSdkException(Messages.GofmtNotFound(GofmtExecutable));
        }
        var paths = Files.Select(f => Path.GetFullPath(Path.Combine(WorkingDirectory, f.ItemSpec))).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var unformatted = new List<UnformattedFile>();
        foreach (var batch in Batches(paths))
        {
            unformatted.AddRange(Fix ? Rewrite(batch) : Check(batch));
        }
        UnformattedFiles = unformatted.Select(u => (ITaskItem)new TaskItem(u.Path)).ToArray();
        if (Fix)
        {
            foreach (var file in unformatted)
            {
                Log.LogMessage(MessageImportance.High, "Formatted {0}", file.Path);
            }
            return;
        }
        var policy = new WarningPolicy(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);
        foreach (var file in unformatted)
        {
            policy.Report(Log, Messages.FileNotGofmted(file.Path, file.FirstChangedLine));
        }
    }

    private IEnumerable<UnformattedFile> Check(IReadOnlyList<string> files) =>
        GofmtDiffReader.Read(RunGofmt(new[] { "-d" }, files));

    private IEnumerable<UnformattedFile> Rewrite(IReadOnlyList<string> files) =>
        RunGofmt(new[] { "-l", "-w" }, files).Where(l => l.Length > 0).Select(l => new UnformattedFile(Path.GetFullPath(Path.Combine(WorkingDirectory, l)), 1));

    /// <returns>gofmt's standard output; its errors are logged.</returns>
    private List<string> RunGofmt(IEnumerable<string> flags, IReadOnlyList<string> files)
    {
        var spec = new ProcessSpec(GofmtExecutable, flags.Concat(files), WorkingDirectory);
        Log.LogMessage(MessageImportance.Normal, "{0}", spec);
        var stdout = new List<string>();
        var stderr = new List<string>();
        int exitCode = ProcessRunner.Run(spec, line => { lock (stdout) stdout.Add(line); }, line => { lock (stderr) stderr.Add(line); }, CancellationToken);
        if (exitCode != 0)
        {
            var located = stderr.Select(l => CompilerOutputParser.Parse(l, WorkingDirectory)).OfType<CompilerMessage>().ToList();
            foreach (var m in located)
            {
                LogError(Messages.GofmtSourceError(m.Message, m.File, m.Line, m.Column));
            }
            if (located.Count == 0)
            {
                LogError(Messages.GofmtFailed(exitCode, stderr.Count == 0 ? "" : ":" + Environment.NewLine + string.Join(Environment.NewLine, stderr)));
            }
        }
        return stdout;
    }

    private static IEnumerable<IReadOnlyList<string>> Batches(IReadOnlyList<string> paths)
    {
        var batch = new List<string>();
        int length = 0;
        foreach (var path in paths)
        {
            if (batch.Count > 0 && length + path.Length + 3 > MaxArgumentCharacters)
            {
                yield return batch;
                batch = new List<string>();
                length = 0;
            }
            batch.Add(path);
            length += path.Length + 3;
        }
        if (batch.Count > 0)
        {
            yield return batch;
        }
    }
}
