using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain;

namespace Go.Sdk.Tasks.Tests.Toolchain;

public class GoModFileTests
{
    private static GoModFile Read(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"gomod-{Guid.NewGuid():N}", "go.mod");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return GoModFile.Read(path);
    }

    [Fact]
    public void TheToolchainLineWinsOverTheGoLine()
    {
        var mod = Read("module example.com/m // the module\n\ngo 1.22\n\ntoolchain go1.23.5\n\nrequire (\n\tgo 1.0\n)\n");
        Assert.Equal("example.com/m", mod.ModulePath);
        Assert.Equal("1.23.5", mod.RequestedToolchain!.ToString());
    }

    [Theory]
    [InlineData("module m\ngo 1.21\n", "1.21.0")]
    [InlineData("module m\ngo 1.22.3\n", "1.22.3")]
    [InlineData("module m\ngo 1.21\ntoolchain default\n", "1.21.0")]
    [InlineData("module m\ngo 1.21\ntoolchain go1.22.1-custom\n", "1.22.1")]
    public void TheGoLineNamesAMinimumRelease(string content, string expected) =>
        Assert.Equal(expected, Read(content).RequestedToolchain!.ToString());

    [Fact]
    public void NoGoLineRequestsNothing() => Assert.Null(Read("module m\n").RequestedToolchain);

    [Fact]
    public void ABadVersionIsACodedErrorAtItsLine()
    {
        var e = Assert.Throws<GoSdkException>(() => Read("module m\n\ngo banana\n"));
        Assert.Equal(("GOSDK0004", 3), (e.Diagnostic.Code, e.Diagnostic.Line));
    }
}
