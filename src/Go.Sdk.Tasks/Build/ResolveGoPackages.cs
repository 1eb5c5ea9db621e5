using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks.Build;

/// <summary>
/// What a project builds, decided from GoPackage and the package clauses of the module's Go files
/// (<see cref="GoPackageFolders"/>), without starting <c>go</c>:
/// <list type="bullet">
/// <item><c>program</c>: one package named, a main package (or any package for the library build modes): one
/// output, <c>go build -o obj/…/&lt;GoOutputName&gt;</c>, as always;</item>
/// <item><c>commands</c>: a pattern or several packages naming main packages: one binary per command, named by
/// Go after its folder (<c>go build -o obj/…/commands/ ./cmd/a ./cmd/b</c>);</item>
/// <item><c>library</c>: nothing named is a main package: the packages are compiled and vetted, and no binary is
/// written (<c>go build -o /dev/null ./...</c>). The default GoPackage <c>.</c> then means the whole module.</item>
/// </list>
/// </summary>
public sealed class ResolveGoPackages : GoSdkTask
{
    public const string Program = "program";
    public const string Commands = "commands";
    public const string Library = "library";

    [Required] public string ModuleDirectory { get; set; } = "";
    /// <summary>GoPackage: package folders or patterns relative to the module, or below its module path.</summary>
    public string[] Packages { get; set; } = Array.Empty<string>();
    public string BuildMode { get; set; } = "exe";
    /// <summary>Added to each command's name: <c>.exe</c> for Windows, else empty.</summary>
    public string ExecutableExtension { get; set; } = "";
    /// <summary>Where go build writes the commands (obj/…/commands/), and where the build copies them (bin/…/).</summary>
    public string CommandsDirectory { get; set; } = "";
    public string OutputDirectory { get; set; } = "";

    [Output] public string Kind { get; set; } = Program;
    /// <summary>The package arguments of <c>go build</c>, <c>go list</c> and the build settings.</summary>
    [Output] public string[] BuildPackages { get; set; } = Array.Empty<string>();
    /// <summary>
    /// For <c>commands</c>: each command's binary in <see cref="CommandsDirectory"/>, with metadata <c>Package</c>
    /// (<c>./cmd/a</c>), <c>CommandName</c> (<c>a</c>) and <c>OutputPath</c> (its copy in <see cref="OutputDirectory"/>).
    /// </summary>
    [Output] public ITaskItem[] CommandBinaries { get; set; } = Array.Empty<ITaskItem>();

    protected override void ExecuteCore()
    {
        var named = Packages.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (named.Count == 0)
        {
            named.Add(".");
        }
        BuildPackages = named.ToArray();
        if (BuildMode != "exe" && BuildMode != "pie")
        {
            // A c-shared, c-archive or plugin build is one library from one package, whatever it is.
            CheckOneProgram(named);
            return;
        }
        var modulePath = ModulePath();
        if (named.Count == 1 && !named[0].Contains("..."))
        {
            var single = Relative(named[0], modulePath);
            var package = single is null ? null : GoPackageFolders.Read(ModuleDirectory, single);
            // A main package, a package of another module, or a folder without Go files (go build then says
            // what is wrong with it): one program, as named. The root, or any other package: a library.
            if (single is null || package is { IsMain: true } || (package is null && single != "."))
            {
                return;
            }
            Kind = Library;
            BuildPackages = new[] { single == "." ? "./..." : single };
            return;
        }
        var relative = named.Select(p => Relative(p, modulePath) ?? throw new GoSdkException(Messages.PackageOutsideModule(p, modulePath))).ToList();
        var matched = new List<GoPackageFolder>();
        foreach (var pattern in relative)
        {
            var found = GoPackageFolders.Match(ModuleDirectory, pattern);
            if (found.Count == 0)
            {
                throw new GoSdkException(Messages.PackagePatternMatchesNothing(pattern, ModuleDirectory));
            }
            matched.AddRange(found.Where(f => matched.All(m => m.RelativePath != f.RelativePath)));
        }
        var mains = matched.Where(p => p.IsMain).ToList();
        if (mains.Count == 0)
        {
            Kind = Library;
            BuildPackages = relative.ToArray();
            return;
        }
        Kind = Commands;
        BuildPackages = mains.Select(m => m.RelativePath).ToArray();
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var items = new List<ITaskItem>();
        foreach (var main in mains)
        {
            var name = GoPackageFolders.CommandName(modulePath, main.RelativePath);
            if (byName.TryGetValue(name, out var first))
            {
                throw new GoSdkException(Messages.CommandNameClash(name, first, main.RelativePath));
            }
            byName[name] = main.RelativePath;
            var item = new TaskItem(Path.Combine(CommandsDirectory, name + ExecutableExtension));
            item.SetMetadata("Package", main.RelativePath);
            item.SetMetadata("CommandName", name);
            item.SetMetadata("OutputPath", Path.Combine(OutputDirectory, name + ExecutableExtension));
            items.Add(item);
        }
        CommandBinaries = items.ToArray();
    }

    private void CheckOneProgram(List<string> named)
    {
        if (named.Count > 1 || named[0].Contains("..."))
        {
            throw new GoSdkException(Messages.SeveralCommandsNeedProgramBuildMode(BuildMode, string.Join(", ", named)));
        }
    }

    private string ModulePath()
    {
        var goMod = Path.Combine(ModuleDirectory, "go.mod");
        var modulePath = File.Exists(goMod) ? GoModFile.Read(goMod).ModulePath : null;
        return modulePath ?? Path.GetFileName(Path.GetFullPath(ModuleDirectory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
    }

    // "./cmd/a" and "." as they are; "example.com/m/cmd/a" → "./cmd/a"; null for a package of another module.
    private static string? Relative(string pattern, string modulePath)
    {
        var p = pattern.Replace('\\', '/');
        if (p == "." || p == "./")
        {
            return ".";
        }
        if (p.StartsWith("./", StringComparison.Ordinal))
        {
            return p.TrimEnd('/');
        }
        if (p == modulePath)
        {
            return ".";
        }
        return p.StartsWith(modulePath + "/", StringComparison.Ordinal) ? "./" + p.Substring(modulePath.Length + 1) : null;
    }
}
