using System.Text;
using System.Xml.Linq;
using Go.Sdk.Tasks.Testing;
using Go.Sdk.Tasks.Testing.Model;
using Go.Sdk.Tasks.Testing.Writers;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Testing;

/// <summary>
/// Go.Sdk's TRX has the structure of the TRX that VSTest's own logger writes (TestData/Testing/Reference, which says
/// why not the XSD): the same namespace, only elements and attributes VSTest writes, at the same places and in
/// its order, values in its formats, and ids that refer to each other as VSTest's do.
/// </summary>
public class TrxStructureTests
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    private static readonly string DataFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "Testing");
    private static readonly XDocument Reference = XDocument.Load(Path.Combine(DataFolder, "Reference", "xunit-dotnet-test.trx"));

    // TestRun's runUser is in the schema (TestRunType) and VSTest writes it when it knows the user; it wrote none
    // on the Linux machine the reference comes from.
    private static readonly string[] OptionalAttributesMissingFromReference = { "TestRun/@runUser" };

    private static readonly string[] Outcomes = { "Passed", "Failed", "NotExecuted" };

    public static IEnumerable<object[]> Runs() =>
        Directory.GetFiles(DataFolder, "*.gojson.txt").Select(f => Path.GetFileName(f).Replace(".gojson.txt", ""))
            .Append("output-heavy").OrderBy(n => n).Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Runs))]
    public void OnlyElementsAndAttributesVsTestWritesAtItsPlacesInItsOrder(string name)
    {
        XDocument ours = Write(name);
        Dictionary<string, Shape> reference = Shapes(Reference);

        Assert.Equal(Trx, ours.Root!.Name.Namespace);
        foreach ((string path, Shape shape) in Shapes(ours))
        {
            Assert.True(reference.TryGetValue(path, out Shape? expected), $"{path} is not an element VSTest writes there");
            Assert.All(shape.Attributes, a => Assert.True(
                expected.Attributes.Contains(a) || OptionalAttributesMissingFromReference.Contains($"{path}/@{a}"),
                $"{path}/@{a} is not an attribute VSTest writes"));
            Assert.All(shape.ChildOrders, order => Assert.True(
                IsInOrder(order, expected.ChildOrder), $"{path}'s children {string.Join(",", order)} are not in VSTest's order {string.Join(",", expected.ChildOrder)}"));
        }
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void ValuesHaveVsTestsFormatsAndIdsReferToEachOther(string name)
    {
        XDocument ours = Write(name);
        XElement referenceResult = Reference.Descendants(Trx + "UnitTestResult").First();

        var definitions = ours.Descendants(Trx + "UnitTest").ToDictionary(u => (string)u.Attribute("id")!, u => (string)u.Element(Trx + "Execution")!.Attribute("id")!);
        var results = ours.Descendants(Trx + "UnitTestResult").ToList();
        Assert.NotEmpty(results);
        foreach (XElement result in results)
        {
            Assert.True(Guid.TryParse((string)result.Attribute("testId")!, out _));
            Assert.Equal(definitions[(string)result.Attribute("testId")!], (string)result.Attribute("executionId")!);
            Assert.Equal((string)result.Attribute("executionId")!, (string)result.Attribute("relativeResultsDirectory")!);
            Assert.Equal((string)referenceResult.Attribute("testType")!, (string)result.Attribute("testType")!);
            Assert.Equal((string)referenceResult.Attribute("testListId")!, (string)result.Attribute("testListId")!);
            Assert.Contains((string)result.Attribute("outcome")!, Outcomes);
            Assert.Matches(@"^\d\d:\d\d:\d\d\.\d{7}$", (string)result.Attribute("duration")!);
            Assert.True(DateTimeOffset.TryParse((string)result.Attribute("startTime")!, out DateTimeOffset start));
            Assert.True(DateTimeOffset.TryParse((string)result.Attribute("endTime")!, out DateTimeOffset end));
            Assert.True(end >= start);
        }
        Assert.Equal(
            results.Select(r => ((string)r.Attribute("testId")!, (string)r.Attribute("executionId")!)).OrderBy(p => p),
            ours.Descendants(Trx + "TestEntry").Select(e => ((string)e.Attribute("testId")!, (string)e.Attribute("executionId")!)).OrderBy(p => p));
        Assert.Equal(
            Reference.Descendants(Trx + "TestList").Select(l => ((string?)l.Attribute("name"), (string?)l.Attribute("id"))),
            ours.Descendants(Trx + "TestList").Select(l => ((string?)l.Attribute("name"), (string?)l.Attribute("id"))));

        XElement counters = ours.Descendants(Trx + "Counters").Single();
        Assert.Equal(results.Count, (int)counters.Attribute("total")!);
        Assert.Equal(results.Count(r => (string)r.Attribute("outcome")! == "Passed"), (int)counters.Attribute("passed")!);
        Assert.Equal(results.Count(r => (string)r.Attribute("outcome")! == "Failed"), (int)counters.Attribute("failed")!);
    }

    [Fact]
    public void OutputHeavyRunKeepsItsTextReadable()
    {
        XDocument ours = Write("output-heavy");
        string stdout = ours.Descendants(Trx + "StdOut").Select(s => s.Value).Single(v => v.Contains("line 0000"));
        Assert.Contains("line 0799 ]]> <tag> & \"quoted\"", stdout);
        Assert.DoesNotContain('\u0001', stdout);
    }

    private static XDocument Write(string name)
    {
        TestRun run = name == "output-heavy" ? OutputHeavyRun() : GoldenReportTests.Build(name);
        MemoryStream trx = new();
        TrxWriter.Write(run, trx, new TrxWriterOptions { UserName = "builder", MachineName = "agent-1", Storage = "/src/m/m.goproj" });
        return XDocument.Parse(Encoding.UTF8.GetString(trx.ToArray()));
    }

    // 800 lines (about 45,000 characters, within what a failed test keeps) of output with XML's special characters and a control character, on a failing test.
    private static TestRun OutputHeavyRun()
    {
        TestRunBuilder builder = new(() => new DateTimeOffset(2025, 1, 2, 3, 4, 0, TimeSpan.Zero));
        builder.AddLine("""{"Time":"2025-01-02T03:04:05Z","Action":"run","Package":"example.com/m","Test":"TestChatty"}""");
        for (int i = 0; i < 800; i++)
        {
            builder.AddLine($$"""{"Action":"output","Package":"example.com/m","Test":"TestChatty","Output":"    chatty_test.go:9: line {{i:0000}} ]]> <tag> & \"quoted\" \u0001\r\n"}""");
        }
        builder.AddLine("""{"Time":"2025-01-02T03:04:06Z","Action":"fail","Package":"example.com/m","Test":"TestChatty","Elapsed":1}""");
        builder.AddLine("""{"Time":"2025-01-02T03:04:06Z","Action":"fail","Package":"example.com/m","Elapsed":1}""");
        return builder.Complete(exitCode: 1);
    }

    private static bool IsInOrder(IReadOnlyList<string> children, IReadOnlyList<string> referenceOrder)
    {
        int last = -1;
        foreach (string child in children.Distinct())
        {
            int at = referenceOrder.ToList().IndexOf(child);
            if (at < last)
            {
                return false;
            }
            last = at;
        }
        return true;
    }

    // Each element path (TestRun/Results/UnitTestResult/…): the attribute names and child orders seen there.
    private static Dictionary<string, Shape> Shapes(XDocument document)
    {
        Dictionary<string, Shape> shapes = new();
        void Visit(XElement element, string parentPath)
        {
            Assert.Equal(Trx, element.Name.Namespace);
            string path = parentPath.Length == 0 ? element.Name.LocalName : parentPath + "/" + element.Name.LocalName;
            if (!shapes.TryGetValue(path, out Shape? shape))
            {
                shapes[path] = shape = new Shape();
            }
            shape.Attributes.UnionWith(element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => a.Name.ToString()));
            List<string> order = element.Elements().Select(e => e.Name.LocalName).ToList();
            shape.ChildOrders.Add(order);
            foreach (string child in order.Where(c => !shape.ChildOrder.Contains(c)))
            {
                shape.ChildOrder.Add(child);
            }
            foreach (XElement child in element.Elements())
            {
                Visit(child, path);
            }
        }
        Visit(document.Root!, "");
        return shapes;
    }

    private sealed class Shape
    {
        public HashSet<string> Attributes { get; } = new();
        public List<IReadOnlyList<string>> ChildOrders { get; } = new();
        public List<string> ChildOrder { get; } = new();
    }
}
