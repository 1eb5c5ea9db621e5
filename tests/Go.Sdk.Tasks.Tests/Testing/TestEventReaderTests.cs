using Go.Sdk.Tasks.Testing.Parsing;
using Xunit;

namespace Go.Sdk.Tasks.Tests.Testing;

public class TestEventReaderTests
{
    [Fact]
    public void ReadsEveryField()
    {
        TestEvent e = new();
        Assert.True(new TestEventReader().TryRead(
            """{"Time":"2025-01-02T03:04:05.5Z","Action":"fail","Package":"p","Test":"TestA/b","Elapsed":1.25,"Output":"x\n","FailedBuild":"p [p.test]","Attr":{"k":"v"}}""", e));

        Assert.Equal((TestAction.Fail, "p", "TestA/b", 1.25, "x\n", "p [p.test]"), (e.Action, e.Package, e.Test, e.Elapsed, e.Output, e.FailedBuild));
        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 5, 500, TimeSpan.Zero), e.Time);
    }

    [Theory]
    [InlineData("# example.com/m/p")]
    [InlineData("FAIL\texample.com/m/p [build failed]")]
    [InlineData("{not json")]
    [InlineData("{\"Test\":\"TestA\"}")]
    [InlineData("")]
    public void TextIsNotAnEvent(string line) => Assert.False(new TestEventReader().TryRead(line, new TestEvent()));

    [Fact]
    public void UnknownActionsAreEventsToIgnore()
    {
        TestEvent e = new();
        Assert.True(new TestEventReader().TryRead("""{"Action":"attr","Package":"p","Test":"TestA"}""", e));
        Assert.Equal(TestAction.Other, e.Action);
    }

    [Fact]
    public void RepeatedNamesAreOneStringAndEscapedOnesAreReadExactly()
    {
        TestEventReader reader = new();
        TestEvent first = new(), second = new(), escaped = new();
        Assert.True(reader.TryRead("""{"Action":"run","Package":"a/p","Test":"TestParse/empty"}""", first));
        Assert.True(reader.TryRead("""{"Action":"run","Package":"b/q","Test":"TestParse/empty"}""", second));
        Assert.True(reader.TryRead("""{"Action":"run","Package":"a\u002fp","Test":"TestParse/\"quoted\""}""", escaped));

        Assert.Same(first.Test, second.Test);
        Assert.Equal(("b/q", "a/p", "TestParse/\"quoted\""), (second.Package, escaped.Package, escaped.Test));
    }

    [Fact]
    public void TimesWithAnOffsetSurviveTheModel()
    {
        Go.Sdk.Tasks.Testing.TestRunBuilder builder = new(() => DateTimeOffset.UnixEpoch);
        builder.AddLine("""{"Time":"2025-01-02T03:04:05.1234567+05:30","Action":"run","Package":"p","Test":"TestA"}""");
        builder.AddLine("""{"Action":"pass","Package":"p","Test":"TestA"}""");
        var test = builder.Complete(exitCode: 0).Packages[0].Tests[0];

        Assert.Equal(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromMinutes(330)).AddTicks(1234567), test.StartTime);
        Assert.Equal(TimeSpan.FromMinutes(330), test.StartTime!.Value.Offset);
        Assert.Null(test.EndTime);
    }
}
