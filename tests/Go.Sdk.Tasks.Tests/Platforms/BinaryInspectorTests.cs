using Go.Sdk.Tasks.Platforms;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Platforms;

public sealed class BinaryInspectorTests : IClassFixture<GoBuilds>
{
    private readonly GoBuilds _builds;

    public BinaryInspectorTests(GoBuilds builds)
    {
        _builds = builds;
    }

    [Theory]
    [InlineData("linux/amd64", BinaryFormat.Elf, 62, true)]
    [InlineData("linux/arm64", BinaryFormat.Elf, 183, true)]
    [InlineData("linux/386", BinaryFormat.Elf, 3, false)]
    [InlineData("windows/amd64", BinaryFormat.Pe, 0x8664, true)]
    [InlineData("darwin/arm64", BinaryFormat.MachO, 0x0100000C, true)]
    public void ReadsFormatAndArchitectureOfWhatGoBuilt(string target, BinaryFormat format, int machine, bool is64)
    {
        var platform = TargetPlatform.Parse(target);
        var binary = BinaryInspector.Inspect(_builds.Build("hello", platform));
        Assert.Equal((format, platform.GoArch, machine, is64), (binary.Format, binary.GoArch, binary.Machine, binary.Is64Bit));
    }

    [Fact]
    public void GoWithoutCgoIsStaticallyLinked()
    {
        var binary = BinaryInspector.Inspect(_builds.Build("hello", TargetPlatform.Parse("linux/amd64")));
        Assert.True(binary.IsStaticallyLinked);
        Assert.False(binary.HasInterpreter);
    }

    [Fact]
    public void StaticMuslCgoBinaryHasNoDynamicSectionAndRuns()
    {
        var target = TargetPlatform.Parse("linux/amd64", Libc.Musl);
        var path = BuildCgo(target);
        var binary = BinaryInspector.Inspect(path);
        Assert.False(binary.HasDynamicSection);
        Assert.False(binary.HasInterpreter);
        Assert.True(binary.IsStaticallyLinked);
        Assert.Equal("hello from C\n", GoBuilds.RunBinary(path));
    }

    [Fact]
    public void HostCgoBinaryIsDynamicallyLinked()
    {
        var binary = BinaryInspector.Inspect(BuildCgo(TargetPlatform.Parse("linux/amd64")));
        Assert.True(binary.HasDynamicSection);
        Assert.True(binary.HasInterpreter);
        Assert.False(binary.IsStaticallyLinked);
    }

    [Fact]
    public void CrossCgoForArm64GivesAnArm64Elf()
    {
        var binary = BinaryInspector.Inspect(BuildCgo(TargetPlatform.Parse("linux/arm64")));
        Assert.Equal((BinaryFormat.Elf, "arm64", true), (binary.Format, binary.GoArch, binary.HasDynamicSection));
    }

    [Fact]
    public void MinGWCgoBinaryIsPe32PlusWithoutLinkTime()
    {
        var binary = BinaryInspector.Inspect(BuildCgo(TargetPlatform.Parse("windows/amd64")));
        Assert.Equal((BinaryFormat.Pe, "amd64", true), (binary.Format, binary.GoArch, binary.Is64Bit));
        Assert.Equal(0u, binary.PeTimestamp);
    }

    [Fact]
    public void StaticMuslCgoBuildIsReproducible()
    {
        var target = TargetPlatform.Parse("linux/amd64", Libc.Musl);
        Assert.Null(BinaryInspector.FirstDifference(BuildCgo(target), BuildCgo(target, copy: 1)));
    }

    [Fact]
    public void TextIsNoBinary()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "TestData", "Platforms", "hello", "main.go");
        Assert.Equal(BinaryFormat.Unknown, BinaryInspector.Inspect(file).Format);
        Assert.False(BinaryInspector.Inspect(file).IsStaticallyLinked);
    }

    [Theory]
    [InlineData(0, 10, null)]
    [InlineData(5, 10, 5L)]
    [InlineData(100_000, 200_000, 100_000L)]
    [InlineData(-1, 10, 10L)]
    public void FindsTheFirstDifferingByte(int changeAt, int length, long? expected)
    {
        var a = Path.GetTempFileName();
        var b = Path.GetTempFileName();
        try
        {
            var bytes = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();
            File.WriteAllBytes(a, bytes);
            if (changeAt < 0)
            {
                bytes = bytes.Concat(new byte[] { 1 }).ToArray(); // b is a longer copy of a
            }
            else if (expected is not null)
            {
                bytes[changeAt] ^= 0xFF;
            }
            File.WriteAllBytes(b, bytes);
            Assert.Equal(expected, BinaryInspector.FirstDifference(a, b));
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
        }
    }

    private string BuildCgo(TargetPlatform target, int copy = 0)
    {
        var compiler = CCompilerLocator.ForThisMachine().Locate(target);
        var settings = ExternalLinkSettings.For(target, compiler, reproducible: true);
        return _builds.Build("cgohello", target, compiler.CC, settings.ToGoLdFlags(), copy);
    }
}
