using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Go.Sdk.Tasks.Build;

/// <summary>A package of the module as a folder: its pattern relative to the module (<c>.</c>, <c>./cmd/a</c>) and its package name.</summary>
public sealed record GoPackageFolder(string RelativePath, string Directory, string Name)
{
    public bool IsMain => Name == "main";
}

/// <summary>
/// Which folders of a module are Go packages and what each is called, read from the package clauses of their Go
/// files (<see cref="GoFileHeader"/>) — the cheap way to tell a command (<c>package main</c>) from a library
/// without starting <c>go list</c>, so a build with nothing changed still starts no <c>go</c> process.
/// </summary>
/// <remarks>
/// Patterns follow <c>go build</c>'s: <c>.</c>, <c>./dir</c>, and <c>...</c> as a wildcard (<c>./cmd/...</c>
/// matches <c>./cmd</c> and every folder below it). As Go does for <c>...</c>, folders named <c>vendor</c> or
/// <c>testdata</c>, folders starting with <c>.</c> or <c>_</c>, and nested modules (a folder with its own go.mod)
/// are not walked. Build constraints other than <c>//go:build ignore</c> are not evaluated: a folder whose files
/// disagree on the package name takes the name most of them give.
/// </remarks>
public static class GoPackageFolders
{
    private const int HeadLength = 16 * 1024;

    /// <summary>The folders <paramref name="pattern"/> matches that hold a buildable package, in path order.</summary>
    public static IReadOnlyList<GoPackageFolder> Match(string moduleDirectory, string pattern)
    {
        var relative = pattern.Replace('\\', '/').TrimEnd('/');
        if (relative == "." || relative == "./")
        {
            relative = ".";
        }
        if (!relative.Contains("..."))
        {
            var single = Read(moduleDirectory, relative);
            return single is null ? Array.Empty<GoPackageFolder>() : new[] { single };
        }
        // The folder to walk: the pattern's literal part up to the last '/' before the first "...".
        var wildcard = relative.IndexOf("...", StringComparison.Ordinal);
        var slash = relative.LastIndexOf('/', Math.Max(0, wildcard - 1));
        var root = slash <= 0 ? "." : relative.Substring(0, slash);
        var matcher = PatternMatcher(relative);
        var found = new List<GoPackageFolder>();
        Walk(moduleDirectory, root, isRoot: true, path =>
        {
            if (matcher(path) && Read(moduleDirectory, path) is { } package)
            {
                found.Add(package);
            }
        });
        return found;
    }

    /// <summary>The package in the folder at <paramref name="relativePath"/> (<c>.</c> or <c>./dir</c>), or null when it has no Go files a build reads.</summary>
    public static GoPackageFolder? Read(string moduleDirectory, string relativePath)
    {
        var directory = relativePath == "." ? moduleDirectory : Path.Combine(moduleDirectory, relativePath.Substring(2));
        if (!Directory.Exists(directory))
        {
            return null;
        }
        var names = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.go"))
        {
            var fileName = Path.GetFileName(file);
            if (fileName.EndsWith("_test.go", StringComparison.Ordinal) || fileName.StartsWith("_", StringComparison.Ordinal) || fileName.StartsWith(".", StringComparison.Ordinal))
            {
                continue;
            }
            var head = Head(file);
            if (GoFileHeader.IsIgnored(head))
            {
                continue;
            }
            if ((GoFileHeader.PackageName(head) ?? GoFileHeader.PackageName(File.ReadAllText(file))) is { } name)
            {
                names.Add(name);
            }
        }
        if (names.Count == 0)
        {
            return null;
        }
        var packageName = names.GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        return new GoPackageFolder(relativePath, directory, packageName);
    }

    // The name Go gives a command's binary: the last element of its import path, or the one before it when that
    // is a major version suffix (example.com/tool/v2 → tool), as cmd/go's exeFromImportPath does.
    public static string CommandName(string modulePath, string relativePath)
    {
        var importPath = relativePath == "." ? modulePath : modulePath.TrimEnd('/') + "/" + relativePath.Substring(2);
        var elements = importPath.Split('/');
        var last = elements[elements.Length - 1];
        return elements.Length > 1 && IsVersionElement(last) ? elements[elements.Length - 2] : last;
    }

    private static bool IsVersionElement(string s) =>
        s.Length >= 2 && s[0] == 'v' && s[1] != '0' && !(s[1] == '1' && s.Length == 2) && s.Skip(1).All(c => c >= '0' && c <= '9');

    private static void Walk(string moduleDirectory, string relativePath, bool isRoot, Action<string> visit)
    {
        var directory = relativePath == "." ? moduleDirectory : Path.Combine(moduleDirectory, relativePath.Substring(2));
        if (!Directory.Exists(directory))
        {
            return;
        }
        if (!isRoot && File.Exists(Path.Combine(directory, "go.mod")) && relativePath != ".")
        {
            return;
        }
        visit(relativePath);
        foreach (var child in Directory.EnumerateDirectories(directory).OrderBy(d => d, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(child);
            if (name.StartsWith(".", StringComparison.Ordinal) || name.StartsWith("_", StringComparison.Ordinal) || name == "testdata" || name == "vendor"
                || (new FileInfo(child).Attributes & FileAttributes.ReparsePoint) != 0)
            {
                continue;
            }
            Walk(moduleDirectory, relativePath == "." ? "./" + name : relativePath + "/" + name, isRoot: false, visit);
        }
    }

    // cmd/go's matchPattern: "..." matches any string; a trailing "/..." also matches the folder before it.
    private static Func<string, bool> PatternMatcher(string pattern)
    {
        var regex = new StringBuilder("^");
        var text = pattern;
        bool trailingWildcard = text.EndsWith("/...", StringComparison.Ordinal);
        if (trailingWildcard)
        {
            text = text.Substring(0, text.Length - 4);
        }
        var parts = text.Split(new[] { "..." }, StringSplitOptions.None);
        regex.Append(string.Join(".*", parts.Select(System.Text.RegularExpressions.Regex.Escape)));
        if (trailingWildcard)
        {
            regex.Append("(/.*)?");
        }
        regex.Append('$');
        var compiled = new System.Text.RegularExpressions.Regex(regex.ToString(), System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        return compiled.IsMatch;
    }

    private static string Head(string file)
    {
        using var reader = new StreamReader(file, Encoding.UTF8);
        var buffer = new char[HeadLength];
        int read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read);
    }
}
