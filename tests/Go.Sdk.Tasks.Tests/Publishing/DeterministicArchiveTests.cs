using System.Formats.Tar;
using System.IO.Compression;
using System.Text.RegularExpressions;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Publishing;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Publishing;

public sealed class DeterministicArchiveTests : IDisposable
{
    private readonly ReleaseFiles _files = new();

    public void Dispose() => _files.Dispose();

    private ArchiveEntry[] Entries() => new[]
    {
        // Deliberately out of order: the archive sorts.
        new ArchiveEntry("hello-1.0/docs/guide.md", _files.Guide, false),
        new ArchiveEntry("hello-1.0/hello", _files.Binary, DeterministicArchive.LooksExecutable(_files.Binary)),
        new ArchiveEntry("hello-1.0/README.md", _files.Readme, DeterministicArchive.LooksExecutable(_files.Readme)),
    };

    private string Create(ArchiveFormat format, string name, long mtime = ArchiveTimestamp.Default)
    {
        var path = Path.Combine(_files.Root, "out", name + ArchiveFormats.Extension(format));
        DeterministicArchive.Create(path, format, Entries(), mtime);
        return path;
    }

    [Theory]
    [InlineData(ArchiveFormat.TarGz)]
    [InlineData(ArchiveFormat.Zip)]
    public void SameContentGivesTheSameBytesWhateverTheTimesAndModesOnDisk(ArchiveFormat format)
    {
        _files.Disturb(new DateTime(2011, 3, 4, 5, 6, 7, DateTimeKind.Utc), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var first = Create(format, "first");
        _files.Disturb(new DateTime(2024, 9, 8, 7, 6, 5, DateTimeKind.Utc), (UnixFileMode)0x1FF /* 0777 */);
        var second = Create(format, "second");
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void TarListsFixedModesOwnersAndTimesInNameOrder()
    {
        var archive = Create(ArchiveFormat.TarGz, "release");
        var listing = ReleaseFiles.Run("tar", _files.Root, "--numeric-owner", "-tvzf", archive);
        var rows = Regex.Replace(listing, " +", " ").TrimEnd('\n').Split('\n');
        var size = new FileInfo(_files.Binary).Length;
        Assert.Equal(new[]
        {
            "drwxr-xr-x 0/0 0 1980-01-01 00:00 hello-1.0/",
            "-rw-r--r-- 0/0 6 1980-01-01 00:00 hello-1.0/README.md",
            "drwxr-xr-x 0/0 0 1980-01-01 00:00 hello-1.0/docs/",
            "-rw-r--r-- 0/0 8 1980-01-01 00:00 hello-1.0/docs/guide.md",
            $"-rwxr-xr-x 0/0 {size} 1980-01-01 00:00 hello-1.0/hello",
        }, rows);
    }

    [Fact]
    public void ZipInfoListsUnixModesAndTheFixedTime()
    {
        var archive = Create(ArchiveFormat.Zip, "release");
        var rows = ReleaseFiles.Run("unzip", _files.Root, "-Z", archive).Split('\n')
            .Where(line => line.Contains("hello-1.0"))
            .Select(line => Regex.Replace(line, " +", " "))
            .Select(line => string.Join(" ", line.Split(' ').Where((_, i) => i is 0 or 2 or 6 or 7 or 8)))
            .ToArray();
        Assert.Equal(new[]
        {
            "drwxr-xr-x unx 80-Jan-01 00:00 hello-1.0/",
            "-rw-r--r-- unx 80-Jan-01 00:00 hello-1.0/README.md",
            "drwxr-xr-x unx 80-Jan-01 00:00 hello-1.0/docs/",
            "-rw-r--r-- unx 80-Jan-01 00:00 hello-1.0/docs/guide.md",
            "-rwxr-xr-x unx 80-Jan-01 00:00 hello-1.0/hello",
        }, rows);
        ReleaseFiles.Run("unzip", _files.Root, "-tq", archive);
    }

    [Theory]
    [InlineData(ArchiveFormat.TarGz)]
    [InlineData(ArchiveFormat.Zip)]
    public void ExtractsToTheOriginalBytes(ArchiveFormat format)
    {
        var archive = Create(format, "release");
        var into = Directory.CreateDirectory(Path.Combine(_files.Root, "extracted")).FullName;
        if (format == ArchiveFormat.Zip)
        {
            ReleaseFiles.Run("unzip", into, "-q", archive);
        }
        else
        {
            ReleaseFiles.Run("tar", into, "-xzf", archive);
        }
        Assert.Equal(File.ReadAllBytes(_files.Binary), File.ReadAllBytes(Path.Combine(into, "hello-1.0", "hello")));
        Assert.Equal("# Guide\n", File.ReadAllText(Path.Combine(into, "hello-1.0", "docs", "guide.md")));
    }

    [Fact]
    public void GzipHeaderHasNoNameNoTimeAndAFixedOsByte()
    {
        var bytes = File.ReadAllBytes(Create(ArchiveFormat.TarGz, "release"));
        Assert.Equal(new byte[] { 0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF }, bytes.Take(10).ToArray());
    }

    [Fact]
    public void TarHeadersHaveRootOwnerWithoutNamesAndTheSourceDateEpoch()
    {
        var archive = Create(ArchiveFormat.TarGz, "release", mtime: 1700000000);
        using var reader = new TarReader(new GZipStream(File.OpenRead(archive), CompressionMode.Decompress));
        var count = 0;
        while (reader.GetNextEntry() is { } entry)
        {
            count++;
            Assert.Equal(TarEntryFormat.Ustar, entry.Format);
            Assert.Equal((0, 0, "", ""), (entry.Uid, entry.Gid, ((PosixTarEntry)entry).UserName, ((PosixTarEntry)entry).GroupName));
            Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), entry.ModificationTime);
        }
        Assert.Equal(5, count);
    }

    [Fact]
    public void MatchesTheGoldenArchivesByteForByte()
    {
        // Fixed inputs, so any change in the writers or in the compressor's output shows up here.
        var golden = Path.Combine(AppContext.BaseDirectory, "TestData", "Platforms", "archives");
        var entries = new[]
        {
            new ArchiveEntry("app/run.sh", Path.Combine(golden, "input", "run.sh"), true),
            new ArchiveEntry("app/notes.txt", Path.Combine(golden, "input", "notes.txt"), false),
        };
        foreach (var format in new[] { ArchiveFormat.TarGz, ArchiveFormat.Zip })
        {
            var path = Path.Combine(_files.Root, "golden" + ArchiveFormats.Extension(format));
            DeterministicArchive.Create(path, format, entries, ArchiveTimestamp.Default);
            Assert.Equal(File.ReadAllBytes(Path.Combine(golden, "expected" + ArchiveFormats.Extension(format))), File.ReadAllBytes(path));
        }
    }

    [Fact]
    public void BinariesAndScriptsLookExecutableOtherFilesDoNot()
    {
        var script = Path.Combine(_files.Root, "run.sh");
        File.WriteAllText(script, "#!/bin/sh\necho hi\n");
        Assert.True(DeterministicArchive.LooksExecutable(_files.Binary));
        Assert.True(DeterministicArchive.LooksExecutable(script));
        Assert.False(DeterministicArchive.LooksExecutable(_files.Readme));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("/etc/passwd")]
    [InlineData("C:/x")]
    [InlineData("a//b")]
    [InlineData("a/./b")]
    [InlineData("")]
    public void UnsafeEntryNamesAreCode0507(string name) =>
        Assert.Equal("GOSDK0507", Assert.Throws<GoSdkException>(() => DeterministicArchive.Plan(new[] { new ArchiveEntry(name, _files.Readme, false) })).Diagnostic.Code);

    [Fact]
    public void ANameTooLongForUstarIsCode0507()
    {
        var name = new string('x', 120);
        var e = Assert.Throws<GoSdkException>(() => DeterministicArchive.Create(Path.Combine(_files.Root, "long.tar.gz"), ArchiveFormat.TarGz, new[] { new ArchiveEntry(name, _files.Readme, false) }, 0));
        Assert.Equal("GOSDK0507", e.Diagnostic.Code);
        Assert.False(File.Exists(Path.Combine(_files.Root, "long.tar.gz")));
    }

    [Fact]
    public void ALongPathIsSplitIntoUstarPrefixAndName()
    {
        var name = new string('d', 90) + "/" + new string('f', 90);
        var archive = Path.Combine(_files.Root, "long.tar.gz");
        DeterministicArchive.Create(archive, ArchiveFormat.TarGz, new[] { new ArchiveEntry(name, _files.Readme, false) }, 0);
        Assert.Contains(name, ReleaseFiles.Run("tar", _files.Root, "-tzf", archive));
    }

    [Fact]
    public void TwoFilesWithOneNameAreCode0508()
    {
        var e = Assert.Throws<GoSdkException>(() => DeterministicArchive.Plan(new[]
        {
            new ArchiveEntry("a/README.md", _files.Readme, false),
            new ArchiveEntry("a\\README.md", _files.Guide, false),
        }));
        Assert.Equal("GOSDK0508", e.Diagnostic.Code);
    }

    [Theory]
    [InlineData("", ArchiveTimestamp.Default)]
    [InlineData(" 1700000000 ", 1700000000L)]
    [InlineData("0", 0L)]
    public void SourceDateEpochSetsTheTime(string value, long expected) => Assert.Equal(expected, ArchiveTimestamp.Parse(value));

    [Theory]
    [InlineData("yesterday")]
    [InlineData("-5")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public void InvalidSourceDateEpochIsCode0510(string value) =>
        Assert.Equal("GOSDK0510", Assert.Throws<GoSdkException>(() => ArchiveTimestamp.Parse(value)).Diagnostic.Code);

    [Theory]
    [InlineData("", "x.zip", ArchiveFormat.Zip)]
    [InlineData("", "x.tar.gz", ArchiveFormat.TarGz)]
    [InlineData("ZIP", "x.tar.gz", ArchiveFormat.Zip)]
    [InlineData("tgz", "x", ArchiveFormat.TarGz)]
    public void ChoosesTheFormat(string value, string path, ArchiveFormat expected) => Assert.Equal(expected, ArchiveFormats.Parse(value, path));

    [Fact]
    public void UnknownFormatIsCode0511() =>
        Assert.Equal("GOSDK0511", Assert.Throws<GoSdkException>(() => ArchiveFormats.Parse("rar", "x.rar")).Diagnostic.Code);
}
