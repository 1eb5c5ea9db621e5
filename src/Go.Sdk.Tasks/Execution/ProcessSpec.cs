using System.Collections.Generic;
using System.Linq;

namespace Go.Sdk.Tasks.Execution;

/// <summary>A process to start: what, with which arguments, where, and which environment variables to set on top of the inherited ones.</summary>
public sealed class ProcessSpec
{
    public ProcessSpec(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        FileName = fileName;
        Arguments = new List<string>(arguments);
        WorkingDirectory = workingDirectory;
    }

    public string FileName { get; }
    public List<string> Arguments { get; }
    public string WorkingDirectory { get; }

    /// <summary>Set on top of the inherited environment; a null value removes the variable.</summary>
    public IDictionary<string, string?> Environment { get; } = new SortedDictionary<string, string?>(System.StringComparer.Ordinal);

    /// <summary>The command line as a user could paste it into a shell.</summary>
    public override string ToString() => CommandLine.Join(new[] { FileName }.Concat(Arguments));
}
