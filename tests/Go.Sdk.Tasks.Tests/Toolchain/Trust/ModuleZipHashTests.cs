using System.Diagnostics;
using Go.Sdk.Tasks.Diagnostics;
using Go.Sdk.Tasks.Toolchain.Trust;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Toolchain.Trust;

public class ModuleZipHashTests
{
    private const string ToolchainGoMod = "module golang.org/toolchain\n";

    // U+E000 and U+1F600 sort one way in UTF-16 (as C# compares strings) and the other way in UTF-8 (as Go does).
    private static readonly (string, string)[] VariedEntries =
    {
        ("golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64/src/runtime/proc.go", "package runtime\n"),
        ("golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64/_go.mod", ToolchainGoMod),
        ("golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64/VERSION", "go1.22.12\ntime 2025-02-04T19:39:58Z\n"),
        ("golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64/bin/go", ""),
        ("golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64/lib/time/zoneinfo-Ünïcödé.txt", "tz"),
        ("golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64/lib/\uE000private-use.txt", "private use"),
        ("golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64/lib/\U0001F600-astral.txt", "astral"),
        ("golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64/pkg/tool/linux_amd64/compile", new string('x', 200_000)),
    };

    [Fact]
    public void GoModHashEqualsEveryRecordedToolchainGoModLine()
    {
        // The checksum database records "<version>/go.mod h1:" as Hash1 over one file named go.mod; every
        // golang.org/toolchain version has the same one-line go.mod, so all those lines must equal our hash of it.
        using var scratch = new ScratchDirectory();
        var zip = ModuleZipBuilder.Write(scratch.File("gomod.zip"), ("go.mod", ToolchainGoMod));

        var recorded = ChecksumFile.Read(TrustTestFiles.CommittedManifest("go-toolchain-modules.sum"), "sumdb")
            .Where(e => e.Subject.EndsWith("/go.mod", StringComparison.Ordinal))
            .Select(e => e.Value)
            .Distinct()
            .ToList();

        Assert.Equal(new[] { ModuleZipHash.OfFile(zip) }, recorded);
    }

    [Fact]
    public void MatchesGoItselfOnAVariedZip()
    {
        using var scratch = new ScratchDirectory();
        var zip = ModuleZipBuilder.Write(scratch.File("varied.zip"), VariedEntries);

        Assert.Equal(RunGoHash1(zip), ModuleZipHash.OfFile(zip));
    }

    [Fact]
    public void EntryOrderInTheZipDoesNotMatter()
    {
        using var scratch = new ScratchDirectory();
        var forward = ModuleZipBuilder.Write(scratch.File("forward.zip"), VariedEntries);
        var backward = ModuleZipBuilder.Write(scratch.File("backward.zip"), VariedEntries.Reverse().ToArray());

        Assert.Equal(ModuleZipHash.OfFile(forward), ModuleZipHash.OfFile(backward));
    }

    [Fact]
    public void ContentChangeChangesTheHash()
    {
        using var scratch = new ScratchDirectory();
        var original = ModuleZipBuilder.Write(scratch.File("a.zip"), ("m@v1/a.go", "package a\n"));
        var tampered = ModuleZipBuilder.Write(scratch.File("b.zip"), ("m@v1/a.go", "package b\n"));

        Assert.NotEqual(ModuleZipHash.OfFile(original), ModuleZipHash.OfFile(tampered));
    }

    [Fact]
    public void DuplicateEntryNamesAreRefused()
    {
        using var scratch = new ScratchDirectory();
        var zip = ModuleZipBuilder.Write(scratch.File("dup.zip"), ("m@v1/a.go", "one"), ("m@v1/a.go", "two"));

        var d = Assert.Throws<GoSdkException>(() => ModuleZipHash.OfFile(zip)).Diagnostic;

        Assert.Equal("GOSDK0156", d.Code);
        Assert.Contains("twice", d.Message);
    }

    [Fact]
    public void NewlinesInEntryNamesAreRefused()
    {
        using var scratch = new ScratchDirectory();
        var zip = ModuleZipBuilder.Write(scratch.File("nl.zip"), ("m@v1/a.go\nforged  m@v1/b.go", "x"));

        Assert.Equal("GOSDK0156", Assert.Throws<GoSdkException>(() => ModuleZipHash.OfFile(zip)).Diagnostic.Code);
    }

    [Fact]
    public void AFileThatIsNoZipIsACodedError()
    {
        using var scratch = new ScratchDirectory();
        var path = scratch.File("not.zip");
        File.WriteAllText(path, "<html>proxy error page</html>");

        var d = Assert.Throws<GoSdkException>(() => ModuleZipHash.OfFile(path)).Diagnostic;

        Assert.Equal("GOSDK0156", d.Code);
        Assert.Contains(path, d.Message);
    }

    private static string RunGoHash1(string zip)
    {
        var go = new[] { "1.24", "1.23", "1.22", "1.21" }
            .Select(v => $"/usr/lib/go-{v}/bin/go")
            .FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("This test needs a Go toolchain in /usr/lib/go-1.2x (see eng/install-prerequisites.sh).");
        var start = new ProcessStartInfo(go)
        {
            ArgumentList = { "run", TrustTestFiles.TestData("h1", "hash1.go"), zip },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["GOTOOLCHAIN"] = "local", ["GOFLAGS"] = "", ["GO111MODULE"] = "" },
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"go run failed: {stderr.Result}");
        return stdout.Trim();
    }
}
