using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Go.Sdk.Tasks.Diagnostics;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Interop.Bindings;

/// <summary>
/// After the build, compares the prototypes cgo wrote into the library's header for the <c>gosdk_</c> wrappers
/// with the ones the bindings were generated for (<see cref="Model.NativeSignature.HeaderPrototype"/>): the C#
/// <c>DllImport</c>s were written from the same description, so a difference means the two sides would call each
/// other with different arguments (GOSDK0723).
/// </summary>
public sealed class CheckGoBindingsHeader : GoSdkTask
{
    private static readonly Regex Prototype = new(@"^extern\s+.*?\b(?<name>gosdk_\w+)\s*\(.*\);\s*$", RegexOptions.CultureInvariant);

    /// <summary>The header cgo wrote beside the library.</summary>
    [Required] public string HeaderFile { get; set; } = "";

    /// <summary>The expected prototypes, one per line (GenerateGoBindings' PrototypesFile).</summary>
    [Required] public string PrototypesFile { get; set; } = "";

    protected override void ExecuteCore()
    {
        var declared = Read(HeaderFile);
        foreach (var expected in Read(PrototypesFile).Values)
        {
            var name = Prototype.Match(expected).Groups["name"].Value;
            if (!declared.TryGetValue(name, out var found) || Normalize(found) != Normalize(expected))
            {
                LogError(Messages.BindingHeaderMismatch(HeaderFile, expected, found ?? "(no declaration)") with { File = HeaderFile });
            }
        }
    }

    private static Dictionary<string, string> Read(string path) =>
        File.ReadAllLines(path)
            .Select(line => (Line: line.Trim(), Match: Prototype.Match(line.Trim())))
            .Where(x => x.Match.Success)
            .GroupBy(x => x.Match.Groups["name"].Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Line, StringComparer.Ordinal);

    // cgo's spacing of '*' and ',' is not part of the contract, nor the export attribute it adds for Windows
    // (__declspec(dllexport)); the types, names and their order are.
    private static string Normalize(string prototype)
    {
        var undecorated = Regex.Replace(prototype, @"__declspec\s*\(\s*\w+\s*\)", " ");
        return Regex.Replace(Regex.Replace(undecorated, @"\s*([*,()])\s*", "$1"), @"\s+", " ");
    }
}
