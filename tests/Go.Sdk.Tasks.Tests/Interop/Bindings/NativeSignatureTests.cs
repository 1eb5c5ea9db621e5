using Go.Sdk.Tasks.Interop.Bindings.Model;
using static Go.Sdk.Tasks.Tests.Interop.Bindings.BoundApiSources;

namespace Go.Sdk.Tasks.Tests.Interop.Bindings;

public sealed class NativeSignatureTests
{
    [Theory]
    [InlineData("func F(x int8) int8", "GoInt8 in_x, GoInt8* out_0")]
    [InlineData("func F(x uint64) uint64", "GoUint64 in_x, GoUint64* out_0")]
    [InlineData("func F(x int) uint", "GoInt in_x, GoUint* out_0")]
    [InlineData("func F(x uintptr) uintptr", "GoUintptr in_x, GoUintptr* out_0")]
    [InlineData("func F(x float32) float64", "GoFloat32 in_x, GoFloat64* out_0")]
    [InlineData("func F(x byte) rune", "GoUint8 in_x, GoInt32* out_0")]
    [InlineData("func F(x Celsius) Celsius", "GoFloat64 in_x, GoFloat64* out_0")]
    [InlineData("func F(b bool) bool", "GoUint8 in_b, GoUint8* out_0")]
    [InlineData("func F(s string) string", "GoUint8* in_s, GoInt in_s_length, void* out_0")]
    [InlineData("func F(xs []float64) []int32", "GoFloat64* in_xs, GoInt in_xs_length, void* out_0")]
    [InlineData("func F(b []byte) []byte", "GoUint8* in_b, GoInt in_b_length, void* out_0")]
    [InlineData("func F(c *Counter) *Counter", "GoUintptr in_c, GoUintptr* out_0")]
    [InlineData("func F(m map[string]int) any", "GoUintptr in_m, GoUintptr* out_0")]
    [InlineData("func F(int, string)", "GoInt in_arg0, GoUint8* in_arg1, GoInt in_arg1_length")]
    [InlineData("func F(_ int, b int) (x, y int, err error)", "GoInt in_arg0, GoInt in_b, GoInt* out_0, GoInt* out_1")]
    public void TheHeaderPrototypeIsWhatCgoWritesForTheWrapper(string declaration, string parameters)
    {
        var function = Function(declaration + " { panic(0) }", "type Celsius float64\ntype Counter struct{}");

        Assert.Equal($"extern GoInt32 gosdk_F({parameters}, void* failure);", NativeSignature.Of(function).HeaderPrototype);
    }

    [Fact]
    public void AFunctionWithNothingToPassStillTakesTheFailureRecord()
    {
        var signature = NativeSignature.Of(Function("func F() error { return nil }"));

        Assert.Equal("extern GoInt32 gosdk_F(void* failure);", signature.HeaderPrototype);
        var failure = Assert.Single(signature.Parameters);
        Assert.Equal(("failure", "unsafe.Pointer", "GoFailure*", null), (failure.Name, failure.GoType, failure.CSharpType, failure.Value));
    }

    [Fact]
    public void EveryParameterIsSpelledForGoCAndCSharp()
    {
        var signature = NativeSignature.Of(Function("func F(s string, ok bool, h *Counter) (float32, []uint16) { panic(0) }", "type Counter struct{}"));

        Assert.Equal(
            new[]
            {
                ("in_s", "*uint8", "GoUint8*", "byte*", 0),
                ("in_s_length", "int", "GoInt", "nint", 0),
                ("in_ok", "uint8", "GoUint8", "byte", 1),
                ("in_h", "uintptr", "GoUintptr", "nuint", 2),
                ("out_0", "*float32", "GoFloat32*", "float*", 0),
                ("out_1", "unsafe.Pointer", "void*", "GoBytes*", 1),
                ("failure", "unsafe.Pointer", "void*", "GoFailure*", 0),
            },
            signature.Parameters.Select(p => (p.Name, p.GoType, p.HeaderType, p.CSharpType, p.Index)));
    }
}
