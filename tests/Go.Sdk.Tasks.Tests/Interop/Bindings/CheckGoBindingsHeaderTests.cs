using Go.Sdk.Tasks.Interop.Bindings;

namespace Go.Sdk.Tasks.Tests.Interop.Bindings;

public sealed class CheckGoBindingsHeaderTests : IDisposable
{
    private const string Prototypes =
        "extern GoInt32 gosdk_Add(GoInt in_a, GoInt in_b, GoInt* out_0, void* failure);\n"
        + "extern GoInt32 gosdk_Hello(GoUint8* in_name, GoInt in_name_length, void* out_0, void* failure);\n";

    private readonly string _root = Directory.CreateTempSubdirectory("gosdk-bindings-header-").FullName;
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private CheckGoBindingsHeader Task(string header, string prototypes = Prototypes)
    {
        File.WriteAllText(Path.Combine(_root, "golib.h"), header);
        File.WriteAllText(Path.Combine(_root, "prototypes.h"), prototypes);
        return new CheckGoBindingsHeader { BuildEngine = _engine, HeaderFile = Path.Combine(_root, "golib.h"), PrototypesFile = Path.Combine(_root, "prototypes.h") };
    }

    [Fact]
    public void AcceptsTheHeaderCgoWritesWithItsOwnSpacing()
    {
        var header = """
            #ifdef __cplusplus
            extern "C" {
            #endif

            extern void gosdk_handle_delete(GoUintptr h);

            // gosdk_Add is the C entry point of Add (a.go).
            //
            extern GoInt32 gosdk_Add(GoInt in_a, GoInt in_b, GoInt *out_0, void *failure);
            extern GoInt32   gosdk_Hello( GoUint8 * in_name,GoInt in_name_length, void* out_0, void* failure );

            #ifdef __cplusplus
            }
            #endif
            """;

        Assert.True(Task(header).Execute(), _engine.AllText);
    }

    [Theory]
    [InlineData("extern GoInt32 gosdk_Add(GoInt in_a, GoInt64 in_b, GoInt* out_0, void* failure);")]
    [InlineData("extern GoInt32 gosdk_Add(GoInt in_b, GoInt in_a, GoInt* out_0, void* failure);")]
    [InlineData("extern GoInt32 gosdk_Add(GoInt in_a, GoInt in_b, void* failure);")]
    [InlineData("extern GoInt gosdk_Add(GoInt in_a, GoInt in_b, GoInt* out_0, void* failure);")]
    public void AChangedPrototypeIsGOSDK0723(string changed)
    {
        var header = changed + "\nextern GoInt32 gosdk_Hello(GoUint8* in_name, GoInt in_name_length, void* out_0, void* failure);\n";

        Assert.False(Task(header).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("GOSDK0723", Path.Combine(_root, "golib.h")), (error.Code, error.File));
        Assert.Contains($"found '{changed}'", error.Message);
        Assert.Contains("expected 'extern GoInt32 gosdk_Add(GoInt in_a, GoInt in_b, GoInt* out_0, void* failure);'", error.Message);
    }

    [Fact]
    public void AMissingPrototypeIsGOSDK0723()
    {
        Assert.False(Task("extern GoInt32 gosdk_Add(GoInt in_a, GoInt in_b, GoInt* out_0, void* failure);\n").Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("GOSDK0723", error.Code);
        Assert.Contains("gosdk_Hello", error.Message);
        Assert.Contains("found '(no declaration)'", error.Message);
    }

    [Fact]
    public void NoExpectedPrototypesAcceptAnyHeader()
    {
        Assert.True(Task("extern void other(void);\n", prototypes: "").Execute(), _engine.AllText);
    }
}
