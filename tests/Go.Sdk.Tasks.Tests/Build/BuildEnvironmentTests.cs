using Go.Sdk.Tasks.Build;

namespace Go.Sdk.Tasks.Tests.Build;

public sealed class BuildEnvironmentTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "gosdk-env-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _inherited = new();

    public BuildEnvironmentTests()
    {
        Directory.CreateDirectory(_root);
        _inherited["HOME"] = _root;
        _inherited["PATH"] = _root;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Describe(params string[] overrides) =>
        BuildEnvironment.Describe(overrides, n => _inherited.TryGetValue(n, out var v) ? v : null, _inherited.Keys, _root, "linux");

    [Theory]
    [InlineData("GOFLAGS", "-tags=x")]
    [InlineData("GOEXPERIMENT", "rangefunc")]
    [InlineData("GOAMD64", "v3")]
    [InlineData("CC", "clang")]
    [InlineData("CXX", "clang++")]
    [InlineData("CGO_CFLAGS", "-O0")]
    [InlineData("CGO_LDFLAGS_ALLOW", ".*")]
    [InlineData("GOWORK", "off")]
    [InlineData("PKG_CONFIG", "pkgconf")]
    public void AnInheritedVariableGoReadsChangesTheDescription(string name, string value)
    {
        var before = Describe();
        _inherited[name] = value;
        Assert.NotEqual(before, Describe());
    }

    [Theory]
    [InlineData("GOPROXY", "off")]
    [InlineData("GOCACHE", "/elsewhere")]
    [InlineData("GOMODCACHE", "/elsewhere")]
    [InlineData("EDITOR", "vi")]
    public void VariablesThatNeverChangeTheBytesDoNot(string name, string value)
    {
        var before = Describe();
        _inherited[name] = value;
        Assert.Equal(before, Describe());
    }

    [Fact]
    public void GoSdksOwnValuesWinOverTheInheritedOnes()
    {
        _inherited["GOOS"] = "windows";
        Assert.Equal(Describe("GOOS=linux"), Describe("GOOS=linux"));
        var withLinux = Describe("GOOS=linux");
        _inherited["GOOS"] = "darwin";
        Assert.Equal(withLinux, Describe("GOOS=linux"));
    }

    [Fact]
    public void TheGoEnvFileAndTheToolchainsGoEnvCount()
    {
        var before = Describe();
        Directory.CreateDirectory(Path.Combine(_root, ".config", "go"));
        File.WriteAllText(Path.Combine(_root, ".config", "go", "env"), "GOFLAGS=-tags=x\n");
        var withUserFile = Describe();
        Assert.NotEqual(before, withUserFile);
        File.WriteAllText(Path.Combine(_root, "go.env"), "GOTOOLCHAIN=auto\n");
        Assert.NotEqual(withUserFile, Describe());
        _inherited["GOENV"] = "off";
        Assert.DoesNotContain("GOFLAGS=-tags=x", Describe());
    }

    [Fact]
    public void TheCCompilerIsFoundOnPathAndAnotherOneUnderTheSameNameCounts()
    {
        var gcc = Path.Combine(_root, "gcc");
        File.WriteAllText(gcc, "one");
        Assert.StartsWith(gcc + " 3 ", BuildEnvironment.CompilerIdentity(null, "linux", _root));
        Assert.Equal("clang (not found)", BuildEnvironment.CompilerIdentity(null, "darwin", _root));
        Assert.StartsWith(gcc + " ", BuildEnvironment.CompilerIdentity("gcc -m64", "linux", _root));
        Assert.StartsWith(gcc + " ", BuildEnvironment.CompilerIdentity($"'{gcc}' -m64", "linux", "/nowhere"));
        var before = Describe();
        File.WriteAllText(gcc, "another");
        Assert.NotEqual(before, Describe());
        Assert.DoesNotContain("cc=", Describe("CGO_ENABLED=0"));
    }
}
