using System.Collections.Generic;
using System.Linq;
using Go.Sdk.Tasks.Execution;
using Go.Sdk.Tasks.Testing.Filters;

namespace Go.Sdk.Tasks.Testing.Running;

/// <summary>
/// The arguments of <c>go test -json</c> for a run, and of <c>go test -list</c> for <c>--list-tests</c>. The user's
/// GoTestFlags come after Go.Sdk's own flags, so a flag given there (a second <c>-run</c>, <c>-count=1</c>) wins.
/// </summary>
public static class GoTestArguments
{
    public static List<string> ForRun(GoTestSettings settings, TestSelection selection)
    {
        List<string> args = Common(settings);
        if (selection.Run is not null)
        {
            args.Add("-run=" + selection.Run);
        }
        if (selection.Skip is not null)
        {
            args.Add("-skip=" + selection.Skip);
        }
        if (settings.CoverProfile is not null)
        {
            args.Add("-covermode=" + settings.CoverMode);
            if (settings.CoverPackages.Count > 0)
            {
                args.Add("-coverpkg=" + string.Join(",", settings.CoverPackages));
            }
            args.Add("-coverprofile=" + settings.CoverProfile);
        }
        return Finish(args, settings, selection);
    }

    /// <summary><c>-list</c> takes one pattern for top-level names: the filter's first level, or everything.</summary>
    public static List<string> ForList(GoTestSettings settings, TestSelection selection)
    {
        List<string> args = Common(settings);
        string? topLevel = selection.Run?.Split('/')[0];
        args.Add("-list=" + (string.IsNullOrEmpty(topLevel) ? "." : topLevel));
        return Finish(args, settings, selection);
    }

    private static List<string> Common(GoTestSettings settings)
    {
        List<string> args = new() { "test", "-json" };
        if (!string.IsNullOrEmpty(settings.ModMode))
        {
            args.Add("-mod=" + settings.ModMode);
        }
        List<string> tags = settings.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (tags.Count > 0)
        {
            args.Add("-tags=" + string.Join(",", tags));
        }
        if (settings.Race)
        {
            args.Add("-race");
        }
        if (!string.IsNullOrWhiteSpace(settings.Timeout))
        {
            args.Add("-timeout=" + settings.Timeout!.Trim());
        }
        return args;
    }

    /// <summary>A filter naming whole test names pins their packages; otherwise the project's packages run.</summary>
    private static List<string> Finish(List<string> args, GoTestSettings settings, TestSelection selection)
    {
        args.AddRange(CommandLine.Split(settings.Flags));
        IEnumerable<string> packages = selection.Packages.Count > 0
            ? selection.Packages
            : settings.Packages.Count > 0 ? settings.Packages : new[] { "./..." };
        args.AddRange(packages);
        return args;
    }
}
