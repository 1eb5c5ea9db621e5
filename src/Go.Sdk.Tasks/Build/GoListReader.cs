using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// Reads the output of <c>go list -deps -json</c>: a stream of JSON objects, one per package, written one after
/// the other without a surrounding array.
/// </summary>
public static class GoListReader
{
    /// <summary>The <c>-json=</c> fields <see cref="Read"/> needs; asking for fewer makes <c>go list</c> cheaper.</summary>
    public static readonly IReadOnlyList<string> Fields = new[]
    {
        "ImportPath", "Dir", "Standard", "Module", "Error", "DepsErrors",
        "GoFiles", "CgoFiles", "CFiles", "CXXFiles", "MFiles", "HFiles", "FFiles", "SFiles",
        "SwigFiles", "SwigCXXFiles", "SysoFiles", "EmbedFiles", "EmbedPatterns", "IgnoredGoFiles", "IgnoredOtherFiles",
    };

    // Every list of files the build of a package may read. Ignored files count: an edit to one (its build
    // constraint, say) can bring it into the build.
    private static readonly string[] FileLists =
    {
        "GoFiles", "CgoFiles", "CFiles", "CXXFiles", "MFiles", "HFiles", "FFiles", "SFiles",
        "SwigFiles", "SwigCXXFiles", "SysoFiles", "EmbedFiles", "IgnoredGoFiles", "IgnoredOtherFiles",
    };

    /// <param name="json">What <c>go list -json</c> printed.</param>
    /// <param name="mainModuleDirectory">The main module's folder: vendored packages below it are local.</param>
    public static IReadOnlyList<GoListPackage> Read(string json, string mainModuleDirectory)
    {
        var packages = new List<GoListPackage>();
        foreach (var objectText in SplitObjects(json))
        {
            using var document = JsonDocument.Parse(objectText);
            packages.Add(ToPackage(document.RootElement, mainModuleDirectory));
        }
        return packages;
    }

    private static GoListPackage ToPackage(JsonElement p, string mainModuleDirectory)
    {
        var directory = String(p, "Dir") ?? "";
        var standard = p.TryGetProperty("Standard", out var s) && s.ValueKind == JsonValueKind.True;
        var moduleDirectory = standard ? null : LocalModuleDirectory(p, directory, mainModuleDirectory);
        var files = FileLists.SelectMany(list => Strings(p, list)).Distinct(StringComparer.Ordinal).ToList();
        var error = p.TryGetProperty("Error", out var e) ? String(e, "Err") : null;
        if (error is null && p.TryGetProperty("DepsErrors", out var deps) && deps.ValueKind == JsonValueKind.Array && deps.GetArrayLength() > 0)
        {
            error = String(deps[0], "Err");
        }
        return new GoListPackage(
            String(p, "ImportPath") ?? "",
            directory,
            IsLocal: moduleDirectory is not null,
            moduleDirectory,
            files,
            Embeds: Strings(p, "EmbedPatterns").Any(),
            error);
    }

    // A module's files can change under the same version only when they live outside the module cache: the main
    // and workspace modules (Main), a replacement by a folder (a Replace without a Version), the vendor folder.
    private static string? LocalModuleDirectory(JsonElement p, string directory, string mainModuleDirectory)
    {
        if (!p.TryGetProperty("Module", out var module) || module.ValueKind != JsonValueKind.Object)
        {
            // GOPATH mode or a package outside any module: only its own folder is known.
            return directory;
        }
        if (module.TryGetProperty("Main", out var main) && main.ValueKind == JsonValueKind.True)
        {
            return String(module, "Dir") ?? directory;
        }
        if (module.TryGetProperty("Replace", out var replace) && replace.ValueKind == JsonValueKind.Object && String(replace, "Version") is null)
        {
            return String(replace, "Dir") ?? directory;
        }
        return IsUnder(directory, mainModuleDirectory) ? mainModuleDirectory : null;
    }

    private static bool IsUnder(string path, string directory)
    {
        var root = directory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(root, StringComparison.Ordinal);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)
            : Enumerable.Empty<string>();

    // Splits "{…}{…}" at the end of each top-level object, minding braces inside strings.
    internal static IEnumerable<string> SplitObjects(string json)
    {
        int depth = 0, start = -1;
        bool inString = false, escaped = false;
        for (int i = 0; i < json.Length; i++)
        {
            char c = json[i];
            if (inString)
            {
                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == '"')
                {
                    inString = false;
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{':
                    if (depth++ == 0)
                    {
                        start = i;
                    }
                    break;
                case '}':
                    if (--depth == 0)
                    {
                        yield return json.Substring(start, i - start + 1);
                    }
                    break;
            }
        }
        if (depth != 0)
        {
            throw new FormatException("go list output ends inside a JSON object.");
        }
    }
}
