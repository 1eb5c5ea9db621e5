using System;
using System.IO;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Toolchain;

/// <summary>
/// The few facts Go.Sdk reads from go.mod without starting <c>go</c>: the module path, the <c>go</c> line and the
/// <c>toolchain</c> line. Everything else in go.mod is Go's business.
/// </summary>
public sealed class GoModFile
{
    private GoModFile(string path, string? module, GoVersion? go, GoVersion? toolchain)
    {
        Path = path;
        ModulePath = module;
        Go = go;
        Toolchain = toolchain;
    }

    public string Path { get; }
    public string? ModulePath { get; }
    public GoVersion? Go { get; }
    public GoVersion? Toolchain { get; }

    /// <summary>
    /// The toolchain this module asks for when the project does not pin one: the <c>toolchain</c> line if there is
    /// one, else the <c>go</c> line read as a minimum toolchain (<c>go 1.21</c> → 1.21.0).
    /// </summary>
    public GoVersion? RequestedToolchain => Toolchain ?? Go?.AsMinimumToolchain();

    public static GoModFile Read(string path)
    {
        string? module = null;
        GoVersion? go = null, toolchain = null;
        var lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = StripComment(lines[i]).Trim();
            var (keyword, argument) = SplitDirective(line);
            switch (keyword)
            {
                case "module":
                    module = argument.Trim('"');
                    break;
                case "go":
                    go = ParseVersion(path, i + 1, argument, "go");
                    break;
                case "toolchain":
                    // "toolchain default" means: no preference.
                    if (argument != "default")
                    {
                        toolchain = ParseVersion(path, i + 1, StripSuffix(argument), "toolchain");
                    }
                    break;
            }
        }
        return new GoModFile(path, module, go, toolchain);
    }

    private static GoVersion ParseVersion(string path, int line, string text, string directive) =>
        GoVersion.TryParse(text, out var v)
            ? v
            : throw new GoSdkException(Messages.InvalidGoMod(path, line, $"the '{directive}' line has '{text}', which is not a Go version"));

    // A toolchain name may carry a custom suffix (go1.22.1-custom); the version is what precedes it.
    private static string StripSuffix(string name)
    {
        int dash = name.IndexOf('-');
        return dash < 0 ? name : name.Substring(0, dash);
    }

    private static string StripComment(string line)
    {
        int comment = line.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 ? line : line.Substring(0, comment);
    }

    private static (string Keyword, string Argument) SplitDirective(string line)
    {
        int space = line.IndexOfAny(new[] { ' ', '\t' });
        return space < 0 ? (line, "") : (line.Substring(0, space), line.Substring(space + 1).Trim());
    }
}
