using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Interop.Bindings.Model;
using Go.Sdk.Tasks.Interop.Bindings.Parsing;
using Go.Sdk.Tasks.Interop.Bindings.Writers;
using Microsoft.Build.Framework;

namespace Go.Sdk.Tasks.Interop.Bindings;

/// <summary>
/// Generates a c-shared library's bindings from its main package's <c>//gosdk:export</c> functions: the Go wrappers
/// (added to the package by <c>go build -overlay</c>), the C# API and runtime support (compiled into the bindings
/// assembly), and the wrappers' C prototypes (compared with cgo's header after the build). All come from one
/// <see cref="BoundApi"/>. Each file is written only when its text changed, so an edit inside a function body
/// recompiles nothing on the C# side. Also reports hand-written <c>//export</c> functions that return Go pointers.
/// </summary>
public sealed class GenerateGoBindings : GoSdkTask
{
    /// <summary>The files of the build (the build's inputs); the Go files directly in <see cref="PackageDirectory"/> are read.</summary>
    [Required] public ITaskItem[] SourceFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The folder of the library's main package.</summary>
    [Required] public string PackageDirectory { get; set; } = "";

    /// <summary>The native library's name as DllImport takes it (<c>golib</c> for libgolib.so and golib.dll).</summary>
    [Required] public string LibraryName { get; set; } = "";

    [Required] public string Namespace { get; set; } = "";
    [Required] public string ClassName { get; set; } = "";

    [Required] public string GoFile { get; set; } = "";
    [Required] public string CSharpApiFile { get; set; } = "";
    [Required] public string CSharpRuntimeFile { get; set; } = "";
    [Required] public string PrototypesFile { get; set; } = "";

    /// <summary>How many functions are bound; 0 means the library has no bindings to compile.</summary>
    [Output] public int FunctionCount { get; private set; }

    protected override void ExecuteCore()
    {
        var directory = Path.GetFullPath(PackageDirectory);
        var files = new List<GoSourceFile>();
        foreach (var path in SourceFiles.Select(f => f.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
        {
            if (!path.EndsWith(".go", StringComparison.Ordinal) || path.EndsWith("_test.go", StringComparison.Ordinal)
                || !string.Equals(Path.GetDirectoryName(path), directory.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
            {
                continue;
            }
            try
            {
                files.Add(GoDeclarationParser.Parse(path, File.ReadAllText(path)));
            }
            catch (GoSyntaxException e)
            {
                LogError(Messages.BindingSourceUnreadable(e.Message) with { File = path, Line = e.Line });
            }
        }
        if (Log.HasLoggedErrors)
        {
            return;
        }

        var (api, diagnostics) = BoundApiReader.Read(LibraryName, files);
        foreach (var diagnostic in diagnostics.Concat(NameClashes(api)))
        {
            LogError(diagnostic);
        }
        if (Log.HasLoggedErrors)
        {
            return;
        }

        FunctionCount = api.Functions.Count;
        if (FunctionCount == 0)
        {
            // No bindings: files of an earlier build that had some must not keep a stale API alive.
            foreach (var stale in new[] { GoFile, CSharpApiFile, CSharpRuntimeFile, PrototypesFile }.Where(File.Exists))
            {
                File.Delete(stale);
            }
            return;
        }
        TextFiles.WriteWhenDifferent(GoFile, GoExportsWriter.Write(api));
        TextFiles.WriteWhenDifferent(CSharpApiFile, CSharpBindingsWriter.WriteApi(api, Namespace, ClassName));
        TextFiles.WriteWhenDifferent(CSharpRuntimeFile, CSharpBindingsWriter.WriteRuntime(api, Namespace));
        TextFiles.WriteWhenDifferent(PrototypesFile, string.Concat(api.Functions.Select(f => NativeSignature.Of(f).HeaderPrototype + "\n")));
    }

    // Names C# would see twice: a method named like its class (CS0542), or a handle class named like the class or a runtime type.
    private IEnumerable<GoSdkDiagnostic> NameClashes(BoundApi api)
    {
        foreach (var function in api.Functions.Where(f => f.Name == ClassName))
        {
            yield return Messages.BindingNameClash(function.Name, $"the class {ClassName} and its method") with { File = function.File, Line = function.Line };
        }
        foreach (var handle in api.HandleClasses.Where(h => h == ClassName || CSharpBindingsWriter.RuntimeTypeNames.Contains(h)))
        {
            yield return Messages.BindingNameClash(handle, "a handle class for the Go type, and a class of the bindings");
        }
    }
}
