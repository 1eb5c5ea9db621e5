using Go.Sdk.Tasks.Interop.Bindings;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Go.Sdk.Tasks.Tests.Interop.Bindings;

public sealed class GenerateGoBindingsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("gosdk-bindings-").FullName;
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Package => Path.Combine(_root, "golib");

    private string Output(string name) => Path.Combine(_root, "obj", name);

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private GenerateGoBindings Task(params string[] sourceFiles) => new()
    {
        BuildEngine = _engine,
        SourceFiles = sourceFiles.Select(f => new TaskItem(f)).ToArray(),
        PackageDirectory = Package,
        LibraryName = "golib",
        Namespace = "GoLib",
        ClassName = "GoLibrary2",
        GoFile = Output("gosdk_bindings.go"),
        CSharpApiFile = Output("GoLib.g.cs"),
        CSharpRuntimeFile = Output("GoRuntime.g.cs"),
        PrototypesFile = Output("prototypes.h"),
    };

    // Runs the task on the files, which must fail with one error; returns it.
    private BuildErrorEventArgs OnlyError(string code, params string[] sourceFiles)
    {
        Assert.False(Task(sourceFiles).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(code, error.Code);
        return error;
    }

    [Fact]
    public void WritesTheFourFilesFromTheGoFilesOfThePackageDirectory()
    {
        var files = new[]
        {
            Write("golib/a.go", "package main\n\n//gosdk:export\nfunc Add(a, b int) int { return a + b }\n\nfunc main() {}\n"),
            Write("golib/b.go", "package main\n\n// Hello greets.\n//gosdk:export\nfunc Hello(name string) string { return name }\n"),
            // Not read: tests, other folders, other languages.
            Write("golib/a_test.go", "package main\n\n//gosdk:export\nfunc FromTest(x [2]int) {}\n"),
            Write("golib/sub/c.go", "package sub\n\n//gosdk:export\nfunc Elsewhere() {}\n"),
            Write("golib/c.c", "int x;\n"),
            Write("other/d.go", "package main\n\n//gosdk:export\nfunc Other() {}\n"),
        };
        var task = Task(files);

        Assert.True(task.Execute(), _engine.AllText);

        Assert.Equal(2, task.FunctionCount);
        var go = File.ReadAllText(task.GoFile);
        Assert.Contains("//export gosdk_Add\n", go);
        Assert.Contains("//export gosdk_Hello\n", go);
        Assert.DoesNotContain("FromTest", go);
        Assert.DoesNotContain("Elsewhere", go);
        Assert.DoesNotContain("Other", go);
        var api = File.ReadAllText(task.CSharpApiFile);
        Assert.Contains("public static unsafe class GoLibrary2\n", api);
        Assert.Contains("public static string Hello(string name)\n", api);
        Assert.Contains("namespace GoLib;", File.ReadAllText(task.CSharpRuntimeFile));
        Assert.Equal(
            "extern GoInt32 gosdk_Add(GoInt in_a, GoInt in_b, GoInt* out_0, void* failure);\n"
            + "extern GoInt32 gosdk_Hello(GoUint8* in_name, GoInt in_name_length, void* out_0, void* failure);\n",
            File.ReadAllText(task.PrototypesFile));
    }

    [Fact]
    public void UnchangedFilesAreNotRewritten()
    {
        var source = Write("golib/a.go", "package main\n\n//gosdk:export\nfunc Add(a, b int) int { return a + b }\n");
        Assert.True(Task(source).Execute(), _engine.AllText);
        var outputs = new[] { "gosdk_bindings.go", "GoLib.g.cs", "GoRuntime.g.cs", "prototypes.h" }.Select(Output).ToList();
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        outputs.ForEach(o => File.SetLastWriteTimeUtc(o, past));

        // An edit inside a body changes nothing the bindings are made of.
        Write("golib/a.go", "package main\n\n//gosdk:export\nfunc Add(a, b int) int { return b + a }\n");
        Assert.True(Task(source).Execute(), _engine.AllText);

        Assert.All(outputs, o => Assert.Equal(past, File.GetLastWriteTimeUtc(o)));
    }

    [Fact]
    public void ALibraryWithoutExportsLeavesNoGeneratedFiles()
    {
        var source = Write("golib/main.go", "package main\n\n//gosdk:export\nfunc Add(a, b int) int { return a + b }\n");
        Assert.True(Task(source).Execute(), _engine.AllText);

        // The last marked function is gone: the files of the earlier build must not offer a stale API.
        Write("golib/main.go", "package main\n\nfunc Add(a, b int) int { return a + b }\n");
        var task = Task(source);
        Assert.True(task.Execute(), _engine.AllText);

        Assert.Equal(0, task.FunctionCount);
        Assert.All(new[] { task.GoFile, task.CSharpApiFile, task.CSharpRuntimeFile, task.PrototypesFile }, f => Assert.False(File.Exists(f), f));
    }

    [Fact]
    public void AnUnsupportedTypeIsAnErrorAtItsFunctionAndWritesNothing()
    {
        var source = Write("golib/a.go", "package main\n\n//gosdk:export\nfunc Names() []string { return nil }\n");

        var error = OnlyError("GOSDK0720", source);

        Assert.Equal((source, 4), (error.File, error.LineNumber));
        Assert.False(File.Exists(Output("gosdk_bindings.go")));
        Assert.False(File.Exists(Output("prototypes.h")));
    }

    [Fact]
    public void AHandWrittenExportReturningAGoStringIsAnError()
    {
        var source = Write("golib/a.go", "package main\n\nimport \"C\"\n\n//export Name\nfunc Name() string { return \"x\" }\n");

        var error = OnlyError("GOSDK0722", source);

        Assert.Equal((source, 6), (error.File, error.LineNumber));
    }

    [Fact]
    public void AFileThatCannotBeReadIsGOSDK0725()
    {
        var good = Write("golib/a.go", "package main\n");
        var bad = Write("golib/b.go", "package main\n\nfunc F(a int {\n");

        var error = OnlyError("GOSDK0725", good, bad);

        Assert.Equal((bad, 3), (error.File, error.LineNumber));
        Assert.Contains("GoBindings=false", error.Message);
    }

    [Fact]
    public void AnUnterminatedLiteralIsGOSDK0725()
    {
        var bad = Write("golib/b.go", "package main\n\nvar s = \"open\n");

        var error = OnlyError("GOSDK0725", bad);

        Assert.Equal(bad, error.File);
        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void AFunctionNamedLikeTheClassIsGOSDK0726()
    {
        var source = Write("golib/a.go", "package main\n\n//gosdk:export\nfunc GoLibrary2() {}\n");

        var error = OnlyError("GOSDK0726", source);

        Assert.Equal((source, 4), (error.File, error.LineNumber));
    }

    [Theory]
    [InlineData("GoHandle")]
    [InlineData("GoException")]
    [InlineData("GoLibrary2")]
    public void AHandleClassNamedLikeABindingsClassIsGOSDK0726(string typeName)
    {
        var source = Write("golib/a.go", $"package main\n\ntype {typeName} struct{{}}\n\n//gosdk:export\nfunc New() *{typeName} {{ return nil }}\n");

        OnlyError("GOSDK0726", source);
    }
}
