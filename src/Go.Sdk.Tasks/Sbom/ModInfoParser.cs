using System;
using System.Collections.Generic;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Sbom;

/// <summary>
/// Parses the module information Go embeds in a binary (the text <c>debug.BuildInfo.String</c> writes, without its
/// <c>go</c> line): tab-separated <c>path</c>, <c>mod</c>, <c>dep</c>, <c>=&gt;</c> (a replacement of the module on
/// the line before) and <c>build key=value</c> lines, where a key or value with spaces or quotes is a Go string literal.
/// Unknown line kinds are skipped, as Go's own parser does, so newer toolchains still read.
/// </summary>
public static class ModInfoParser
{
    /// <param name="goVersion">The toolchain version, stored apart from the module text.</param>
    /// <param name="modInfo">The module text, without the 16-byte sentinels around it.</param>
    /// <param name="source">The binary the text came from, for messages.</param>
    public static GoBuildInfo Parse(string goVersion, string modInfo, string source)
    {
        var path = "";
        GoModule? main = null;
        var dependencies = new List<GoModule>();
        var settings = new List<GoBuildSetting>();
        // Which module a following "=>" line replaces: 0 = none, 1 = main, 2 = the last dependency.
        var replaceable = 0;
        var lines = modInfo.Split('\n');
        // The text ends with a line break; Go ignores anything after the last one.
        for (var number = 1; number < lines.Length; number++)
        {
            var line = lines[number - 1];
            var tab = line.IndexOf('\t');
            var kind = tab < 0 ? line : line.Substring(0, tab);
            var rest = tab < 0 ? "" : line.Substring(tab + 1);
            switch (kind)
            {
                case "path" when tab >= 0:
                    path = rest;
                    replaceable = 0;
                    break;
                case "mod" when tab >= 0:
                    main = ReadModule(rest, source, number);
                    replaceable = 1;
                    break;
                case "dep" when tab >= 0:
                    dependencies.Add(ReadModule(rest, source, number));
                    replaceable = 2;
                    break;
                case "=>" when tab >= 0:
                    var replacement = ReadReplacement(rest, source, number);
                    if (replaceable == 1)
                    {
                        main = main! with { Replacement = replacement };
                    }
                    else if (replaceable == 2)
                    {
                        dependencies[dependencies.Count - 1] = dependencies[dependencies.Count - 1] with { Replacement = replacement };
                    }
                    else
                    {
                        throw Invalid(source, number, "a replacement (=>) with no module on the line before");
                    }
                    replaceable = 0;
                    break;
                case "build" when tab >= 0:
                    settings.Add(ReadSetting(rest, source, number));
                    replaceable = 0;
                    break;
            }
        }
        return new GoBuildInfo(goVersion, path, main, dependencies, settings);
    }

    private static GoModule ReadModule(string columns, string source, int line)
    {
        var fields = columns.Split('\t');
        return fields.Length is 2 or 3
            ? new GoModule(fields[0], fields[1], fields.Length == 3 ? fields[2] : "")
            : throw Invalid(source, line, $"expected 2 or 3 columns in a module line, found {fields.Length}");
    }

    private static GoModule ReadReplacement(string columns, string source, int line)
    {
        var fields = columns.Split('\t');
        return fields.Length == 3
            ? new GoModule(fields[0], fields[1], fields[2])
            : throw Invalid(source, line, $"expected 3 columns in a replacement line, found {fields.Length}");
    }

    private static GoBuildSetting ReadSetting(string text, string source, int line)
    {
        string key;
        int valueStart;
        if (text.Length > 0 && text[0] is '"' or '`')
        {
            key = GoQuotedString.Read(text, 0, out var keyEnd) ?? throw Invalid(source, line, "an invalid quoted key in a build line");
            if (keyEnd >= text.Length || text[keyEnd] != '=')
            {
                throw Invalid(source, line, "no '=' after the quoted key of a build line");
            }
            valueStart = keyEnd + 1;
        }
        else
        {
            var equals = text.IndexOf('=');
            if (equals <= 0)
            {
                throw Invalid(source, line, "a build line without 'key='");
            }
            key = text.Substring(0, equals);
            valueStart = equals + 1;
        }
        var value = text.Substring(valueStart);
        if (value.Length > 0 && value[0] is '"' or '`')
        {
            value = GoQuotedString.Read(value, 0, out var valueEnd) is { } unquoted && valueEnd == text.Length - valueStart
                ? unquoted
                : throw Invalid(source, line, "an invalid quoted value in a build line");
        }
        return new GoBuildSetting(key, value);
    }

    private static GoSdkException Invalid(string source, int line, string detail) =>
        new(Messages.InvalidGoBuildInfo(source, $"line {line} of its module information has {detail}"));
}
