using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Go.Sdk.Tasks.Testing.Model;

namespace Go.Sdk.Tasks.Testing;

/// <summary>
/// Puts a failure at a place the user has. Go names the place of most failures itself (<c>x_test.go:12:</c> before
/// a <c>t.Error</c>, already the caller of a <c>t.Helper</c>), but some messages come from Go's own testing package
/// (<c>testing.go:1398: race detected during execution of test</c>): resolved against the package folder, such a name
/// points at a file that does not exist. Then, in order: the first frame in the module of the test's output (for a race,
/// the racing access the race detector printed), the first such frame of its stack trace (a panic), else the test
/// function's declaration (<c>func TestX(</c> in the package's <c>_test.go</c> files).
/// </summary>
internal sealed class FailureLocations
{
    // A frame of a goroutine dump or race report: indented, then "<file>.go:<line>" and maybe " +0x1d".
    private static readonly Regex Frame = new(@"^\s+(?<file>\S+\.go):(?<line>\d+)(?: \+0x[0-9a-fA-F]+)?\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private readonly string? _modulePath;
    private readonly string _moduleDirectory;
    private readonly Dictionary<string, SourceLocation?> _declarations = new(StringComparer.Ordinal);

    public FailureLocations(string? modulePath, string moduleDirectory)
    {
        _modulePath = modulePath;
        _moduleDirectory = Path.GetFullPath(moduleDirectory);
    }

    /// <summary>An existing file and line for <paramref name="test"/>'s failure, or null when none can be found.</summary>
    public SourceLocation? For(TestResult test, string? resolvedFile, int line)
    {
        if (resolvedFile is not null && File.Exists(resolvedFile))
        {
            return new SourceLocation(resolvedFile, line);
        }
        return FirstModuleFrame(test.Output) ?? FirstModuleFrame(test.Failure?.StackTrace) ?? Declaration(test);
    }

    /// <summary>For a package error (a panic in init, a timeout outside any test): the place, or a frame of its output.</summary>
    public SourceLocation? For(PackageError error, string? resolvedFile, int line)
    {
        if (resolvedFile is not null && File.Exists(resolvedFile))
        {
            return new SourceLocation(resolvedFile, line);
        }
        return FirstModuleFrame(error.Details);
    }

    private SourceLocation? FirstModuleFrame(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        foreach (Match match in Frame.Matches(text))
        {
            string? file = InModule(match.Groups["file"].Value);
            if (file is not null && File.Exists(file))
            {
                return new SourceLocation(file, int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return null;
    }

    /// <summary>An absolute path inside the module folder, or a <c>-trimpath</c> name (<c>example.com/m/x_test.go</c>) of the module.</summary>
    private string? InModule(string file)
    {
        if (Path.IsPathRooted(file))
        {
            string full = Path.GetFullPath(file);
            return full.StartsWith(_moduleDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
        }
        if (_modulePath is not null && file.StartsWith(_modulePath + "/", StringComparison.Ordinal))
        {
            return Path.Combine(_moduleDirectory, file.Substring(_modulePath.Length + 1).Replace('/', Path.DirectorySeparatorChar));
        }
        return null;
    }

    /// <summary>Where <c>func TestX(</c> (the top-level test of a subtest) is declared in the test's package.</summary>
    private SourceLocation? Declaration(TestResult test)
    {
        string directory = PackageDirectory(test.Package.ImportPath) ?? "";
        string function = GoTestName.Levels(test.Name)[0];
        string key = directory + "\n" + function;
        if (_declarations.TryGetValue(key, out SourceLocation? known))
        {
            return known;
        }
        SourceLocation? found = null;
        if (Directory.Exists(directory))
        {
            Regex declaration = new(@"^func " + Regex.Escape(function) + @"\(", RegexOptions.Multiline | RegexOptions.CultureInvariant);
            foreach (string file in Directory.GetFiles(directory, "*_test.go"))
            {
                string text = File.ReadAllText(file);
                Match match = declaration.Match(text);
                if (match.Success)
                {
                    found = new SourceLocation(file, 1 + CountLines(text, match.Index));
                    break;
                }
            }
        }
        _declarations[key] = found;
        return found;
    }

    private string? PackageDirectory(string importPath) =>
        _modulePath is null ? null : TestFailureReport.PackageDirectory(importPath, _modulePath, _moduleDirectory);

    private static int CountLines(string text, int end)
    {
        int lines = 0;
        for (int i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                lines++;
            }
        }
        return lines;
    }
}
