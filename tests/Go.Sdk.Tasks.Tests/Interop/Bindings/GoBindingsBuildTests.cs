using Go.Sdk.Tasks.Interop.Bindings;
using Go.Sdk.Tasks.Interop.Bindings.Model;
using Go.Sdk.Tasks.Interop.Bindings.Writers;
using Go.Sdk.Tasks.Tests.Platforms;

namespace Go.Sdk.Tasks.Tests.Interop.Bindings;

/// <summary>A fact that needs the Go 1.22 toolchain (eng/install-prerequisites.sh installs it), skipped where it is missing.</summary>
public sealed class Go122FactAttribute : FactAttribute
{
    public const string GoRoot = "/usr/lib/go-1.22";

    public Go122FactAttribute()
    {
        if (!File.Exists(Path.Combine(GoRoot, "bin", "go")))
        {
            Skip = $"Go 1.22 is not installed in {GoRoot} (see eng/install-prerequisites.sh).";
        }
    }
}

/// <summary>
/// Builds <see cref="BindingsSample"/> with its generated wrappers as Go.Sdk does (the wrappers' file added to the
/// main package), so the generated Go is proven to compile with cgo, and the
/// header cgo writes is checked against the prototypes the C# was generated for.
/// </summary>
public sealed class GoBindingsBuildTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("gosdk-bindings-build-").FullName;
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Go122Fact]
    public void TheGeneratedWrappersCompileAndCgosHeaderMatchesThePrototypes()
    {
        // Go 1.17 is the oldest language version the generated file compiles under (unsafe.Slice, runtime/cgo.Handle):
        // a module that still says `go 1.17` gets working bindings. The sample's own `any` needs 1.18.
        var source = BindingsSample.Source.Replace("(Callback, any)", "(Callback, interface{})");
        Assert.NotEqual(BindingsSample.Source, source);
        var api = BoundApiSources.Api(source);
        var package = Path.Combine(_root, "calc");
        Directory.CreateDirectory(package);
        File.WriteAllText(Path.Combine(package, "go.mod"), "module example.com/calc\n\ngo 1.17\n");
        File.WriteAllText(Path.Combine(package, "calc.go"), source);
        File.WriteAllText(Path.Combine(package, "gosdk_bindings.go"), GoExportsWriter.Write(api));
        var library = Path.Combine(_root, "out", "libcalc.so");

        ToolRun.Run(Path.Combine(Go122FactAttribute.GoRoot, "bin", "go"), package,
            new[] { "build", "-buildmode=c-shared", "-trimpath", "-buildvcs=false", "-o", library, "." },
            new Dictionary<string, string>
            {
                ["GOTOOLCHAIN"] = "local",
                ["GOFLAGS"] = "",
                ["GOPROXY"] = "off",
                ["CGO_ENABLED"] = "1",
                ["GOCACHE"] = Path.Combine(Path.GetTempPath(), "gosdk-tests-gocache"),
                ["GOPATH"] = Path.Combine(Path.GetTempPath(), "gosdk-tests-gopath"),
            });

        var header = Path.Combine(_root, "out", "libcalc.h");
        var prototypes = Path.Combine(_root, "prototypes.h");
        File.WriteAllText(prototypes, string.Concat(api.Functions.Select(f => NativeSignature.Of(f).HeaderPrototype + "\n")));
        Assert.True(Check(header, prototypes), _engine.AllText);

        // The header declares what the prototypes say, not only something the check's normalising lets through.
        var text = File.ReadAllText(header);
        Assert.Contains("extern GoInt32 gosdk_Add(GoInt in_a, GoInt in_b, GoInt* out_0, void* failure);", text);

        var add = "gosdk_Add(GoInt in_a, GoInt in_b,";
        File.WriteAllText(header, text.Replace(add, "gosdk_Add(GoInt32 in_a, GoInt in_b,"));
        Assert.False(Check(header, prototypes));
        var error = Assert.Single(_engine.Errors);
        Assert.Equal("GOSDK0723", error.Code);
        Assert.Contains("gosdk_Add(GoInt32 in_a", error.Message);
    }

    private bool Check(string header, string prototypes) =>
        new CheckGoBindingsHeader { BuildEngine = _engine, HeaderFile = header, PrototypesFile = prototypes }.Execute();
}
