using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Tests.Diagnostics;

public class CompilerOutputParserTests
{
    [Theory]
    [InlineData("./main.go:5:2: undefined: foo", "/m/main.go", 5, 2, CompilerSeverity.Error, "undefined: foo")]
    [InlineData("pkg/x.go:12: syntax error", "/m/pkg/x.go", 12, 0, CompilerSeverity.Error, "syntax error")]
    [InlineData("vet: ./a.go:3:9: unreachable code", "/m/a.go", 3, 9, CompilerSeverity.Error, "unreachable code")]
    [InlineData("./hello.c:4:5: warning: unused variable 'x' [-Wunused-variable]", "/m/hello.c", 4, 5, CompilerSeverity.Warning, "unused variable 'x' [-Wunused-variable]")]
    [InlineData("/abs/dir/y.go:1:1: expected 'package', found x", "/abs/dir/y.go", 1, 1, CompilerSeverity.Error, "expected 'package', found x")]
    public void ReadsLocatedLines(string line, string file, int l, int c, CompilerSeverity severity, string message)
    {
        var m = CompilerOutputParser.Parse(line, "/m");
        Assert.NotNull(m);
        Assert.Equal((file, l, c, severity, message), (m!.File, m.Line, m.Column, m.Severity, m.Message));
    }

    [Theory]
    [InlineData("# example.com/hello")]
    [InlineData("go: downloading example.com/x v1.0.0")]
    [InlineData("/usr/bin/ld: cannot find -lfoo: No such file or directory")]
    [InlineData("collect2: error: ld returned 1 exit status")]
    public void LeavesOtherLinesAlone(string line) =>
        Assert.Null(CompilerOutputParser.Parse(line, "/m"));
}
