using System.Xml.Linq;

namespace Go.Sdk.IntegrationTests.Pipelines;

/// <summary>What the CI side does with a job's files, checked the way its tasks read them.</summary>
public static class PipelineOutputs
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>A TRX that PublishTestResults (VSTest format) shows: the one Go test, passed.</summary>
    public static void AssertOnePassedTest(string trxFile)
    {
        var results = XDocument.Load(trxFile).Descendants(Trx + "UnitTestResult").ToList();
        var result = Assert.Single(results);
        Assert.Equal(("TestGreeting", "Passed"), ((string?)result.Attribute("testName"), (string?)result.Attribute("outcome")));
    }

    /// <summary>
    /// A Cobertura file that PublishCodeCoverageResults@2 can show with sources: its &lt;source&gt; is a folder on
    /// the agent and every class's filename is a file below it; greet.go is covered.
    /// </summary>
    public static void AssertCoverageWithSources(string coberturaFile)
    {
        var coverage = XDocument.Load(coberturaFile).Root!;
        var source = Assert.Single(coverage.Descendants("source")).Value;
        Assert.True(Directory.Exists(source), $"<source>{source}</source> is not a folder.");
        var classes = coverage.Descendants("class").ToList();
        Assert.NotEmpty(classes);
        Assert.All(classes, c => Assert.True(File.Exists(Path.Combine(source, (string)c.Attribute("filename")!)), $"{c.Attribute("filename")} is not below {source}."));
        var greet = classes.Single(c => ((string)c.Attribute("filename")!).EndsWith("greet.go", StringComparison.Ordinal));
        Assert.True(double.Parse((string)greet.Attribute("line-rate")!, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    /// <summary>The binary-log artifact holds one readable binlog per dotnet step.</summary>
    public static void AssertBinlogs(string artifact, params string[] names)
    {
        Assert.Equal(names.Select(n => n + ".binlog").Order(StringComparer.Ordinal),
            Directory.GetFiles(artifact).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in names)
        {
            Assert.NotNull(Infrastructure.Binlog.Read(Path.Combine(artifact, name + ".binlog")));
        }
    }

    /// <summary>Each cache's folder is the one Go and Go.Sdk were told to use, and the build cache was filled.</summary>
    public static void AssertCachesAreTheFoldersGoUses(IEnumerable<(string Key, string Path)> caches, IReadOnlyDictionary<string, string?> scriptEnvironment)
    {
        var cached = caches.Select(c => Path.GetFullPath(c.Path)).Order(StringComparer.Ordinal).ToList();
        var used = new[] { "GOSDK_HOME", "GOMODCACHE", "GOCACHE" }.Select(v => Path.GetFullPath(scriptEnvironment[v]!)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(used, cached);
        Assert.NotEmpty(Directory.EnumerateFileSystemEntries(scriptEnvironment["GOCACHE"]!));
    }
}
