using Go.Sdk.Tasks.Build;

namespace Go.Sdk.Tasks.Tests.Build;

public sealed class OutputComparisonTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gosdk-compare-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string build, string name, byte[] bytes)
    {
        var path = Path.Combine(_root, build, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void IdenticalFoldersHaveNoDifference()
    {
        Write("a", "libx.so", new byte[] { 1, 2, 3 });
        Write("b", "libx.so", new byte[] { 1, 2, 3 });
        Assert.Null(OutputComparison.FirstDifference(Path.Combine(_root, "a"), Path.Combine(_root, "b")));
    }

    [Fact]
    public void TheFirstDifferingFileInNameOrderAndItsOffsetAreReported()
    {
        Write("a", "libx.h", new byte[] { 9 });
        Write("b", "libx.h", new byte[] { 9 });
        Write("a", "libx.so", new byte[] { 1, 2, 3, 4 });
        Write("b", "libx.so", new byte[] { 1, 2, 7, 4 });
        Write("a", "z/later", new byte[] { 1 });
        Write("b", "z/later", new byte[] { 2 });

        var difference = OutputComparison.FirstDifference(Path.Combine(_root, "a"), Path.Combine(_root, "b"));

        Assert.Equal(new OutputDifference("libx.so", Path.Combine(_root, "a", "libx.so"), Path.Combine(_root, "b", "libx.so"), 2), difference);
    }

    [Fact]
    public void AFileOnlyOneBuildWroteHasNoOffset()
    {
        Write("a", "app", new byte[] { 1 });
        Write("b", "app", new byte[] { 1 });
        Write("b", "extra.txt", new byte[] { 1 });

        var difference = OutputComparison.FirstDifference(Path.Combine(_root, "a"), Path.Combine(_root, "b"));

        Assert.Equal("extra.txt", difference!.Name);
        Assert.Null(difference.Offset);
    }
}
