using System.Text;
using Go.Sdk.Tasks.Coverage.Cobertura;
using Go.Sdk.Tasks.Coverage.Model;
using Go.Sdk.Tasks.Coverage.Profiles;
using Go.Sdk.Tasks.Coverage.Sources;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Coverage;

/// <summary>
/// Numbered cases: <c>NNN-name.profile</c> (recorded by real <c>go test</c> runs on <c>modules/</c>, except
/// 004 which is written by hand) gives <c>NNN-merged.profile</c> and <c>NNN-cobertura.xml</c>.
/// The test data folder is written as <c>{TestData}</c> in the expected XML.
/// </summary>
public class CoberturaGoldenTests
{
    [Theory]
    [InlineData("001-calc-set", "calc=example.com/calc")]
    [InlineData("002-calc-coverpkg-atomic", "calc=example.com/calc")]
    [InlineData("003-workspace-count", "workspace/app=example.com/app", "workspace/lib=example.com/lib")]
    [InlineData("004-missing-source", "calc=example.com/calc")]
    public void ConvertsProfileToGoldenCobertura(string profile, string mainModule, params string[] otherModules)
    {
        var merger = new CoverProfileMerger();
        merger.AddFile(CoverageTestData.Path(profile + ".profile"));
        var merged = merger.Merge();
        var main = ParseModule(mainModule);
        var report = CoverageModelBuilder.Build(merged, new SourceLocator(main, otherModules.Select(ParseModule)).Locate);

        var number = profile.Substring(0, 3);
        var xml = new MemoryStream();
        CoberturaWriter.Write(report, xml, new CoberturaOptions(main.Directory, 1700000000, "1.0.0-test"));
        CoverageTestData.AssertMatchesGolden($"{number}-cobertura.xml",
            Encoding.UTF8.GetString(xml.ToArray()).Replace(CoverageTestData.Directory, "{TestData}"));

        var text = new StringWriter();
        CoverProfileWriter.Write(merged, text);
        CoverageTestData.AssertMatchesGolden($"{number}-merged.profile", text.ToString());
    }

    private static GoModule ParseModule(string directoryEqualsPath)
    {
        var parts = directoryEqualsPath.Split('=');
        return new GoModule(parts[1], CoverageTestData.Module(parts[0]));
    }
}
