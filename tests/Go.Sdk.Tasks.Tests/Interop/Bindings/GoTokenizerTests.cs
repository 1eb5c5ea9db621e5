using Go.Sdk.Tasks.Interop.Bindings.Parsing;

namespace Go.Sdk.Tasks.Tests.Interop.Bindings;

public sealed class GoTokenizerTests
{
    private static List<string> Texts(string source) => GoTokenizer.Tokenize(source).Select(t => t.Text).ToList();

    [Fact]
    public void CommentsAreTokensWithTheLinesTheySpan()
    {
        var tokens = GoTokenizer.Tokenize("// one\nx /* two\nthree */ y\n//gosdk:export\r\n");

        Assert.Equal(
            new[]
            {
                (GoTokenKind.Comment, "// one", 1, 1),
                (GoTokenKind.Identifier, "x", 2, 2),
                (GoTokenKind.Comment, "/* two\nthree */", 2, 3),
                (GoTokenKind.Identifier, "y", 3, 3),
                (GoTokenKind.Comment, "//gosdk:export\r", 4, 4),
            },
            tokens.Select(t => (t.Kind, t.Text, t.Line, t.EndLine)));
    }

    [Fact]
    public void ACommentAtTheEndOfTheFileNeedsNoNewline()
    {
        var token = Assert.Single(GoTokenizer.Tokenize("// last"));

        Assert.Equal((GoTokenKind.Comment, "// last"), (token.Kind, token.Text));
    }

    [Theory]
    [InlineData("\"a { b\"")]
    [InlineData("\"quote \\\" and } brace\"")]
    [InlineData("\"backslash at the end \\\\\"")]
    [InlineData("`raw \" { with\nnewline }`")]
    [InlineData("`raw ending in backslash \\`")]
    [InlineData("'{'")]
    [InlineData("'\\''")]
    [InlineData("'\"'")]
    [InlineData("'\\\\'")]
    [InlineData("\"// not a comment\"")]
    [InlineData("'\\u00e9'")]
    public void AStringRawStringOrRuneIsOneLiteral(string literal)
    {
        var tokens = GoTokenizer.Tokenize("x = " + literal + " }");

        Assert.Equal(new[] { "x", "=", literal, "}" }, tokens.Select(t => t.Text));
        Assert.Equal(GoTokenKind.Literal, tokens[2].Kind);
    }

    [Fact]
    public void ARawStringSpanningLinesMovesTheLineCount()
    {
        var tokens = GoTokenizer.Tokenize("a `1\n2\n3` b\nc");

        Assert.Equal(new[] { (1, 1), (1, 3), (3, 3), (4, 4) }, tokens.Select(t => (t.Line, t.EndLine)));
    }

    [Theory]
    [InlineData("0x1p-2")]
    [InlineData("0X1P+2")]
    [InlineData("1e+9")]
    [InlineData("1E-9")]
    [InlineData("1_000")]
    [InlineData("0b1010")]
    [InlineData("0o17")]
    [InlineData("017")]
    [InlineData("3.25")]
    [InlineData(".5")]
    [InlineData("1.")]
    [InlineData("6.02e23")]
    [InlineData("2i")]
    [InlineData("0x_FF")]
    public void ANumberIsOneLiteral(string number)
    {
        var tokens = GoTokenizer.Tokenize("[" + number + "]");

        Assert.Equal(new[] { "[", number, "]" }, tokens.Select(t => t.Text));
        Assert.Equal(GoTokenKind.Literal, tokens[1].Kind);
    }

    [Fact]
    public void AHexDigitEIsNoExponent()
    {
        // 0x1e is a hex number; the '+' after it is an operator.
        Assert.Equal(new[] { "0x1e", "+", "2" }, Texts("0x1e+2"));
        Assert.Equal(new[] { "1e+2", "-", "x" }, Texts("1e+2-x"));
    }

    [Fact]
    public void OperatorsAreReadLongestFirst()
    {
        Assert.Equal(
            new[] { "f", "(", "a", "...", ")", "<-", "ch", "&^=", "x", "<<=", "y", ":=", "z", "&&", "!", "w", ".", "v", "~", "int" },
            Texts("f(a...)<-ch&^=x<<=y:=z&&!w.v~int"));
        Assert.All(GoTokenizer.Tokenize("... <- := ;"), t => Assert.Equal(GoTokenKind.Punctuation, t.Kind));
    }

    [Fact]
    public void ChannelArrowsStayApartFromTheirTypes()
    {
        Assert.Equal(new[] { "<-", "chan", "int", "chan", "<-", "string" }, Texts("<-chan int chan<- string"));
    }

    [Fact]
    public void AByteOrderMarkIsSkipped()
    {
        var tokens = GoTokenizer.Tokenize("\uFEFFpackage main\nfunc");

        Assert.Equal(new[] { ("package", 1), ("main", 1), ("func", 2) }, tokens.Select(t => (t.Text, t.Line)));
        Assert.Equal(GoTokenKind.Identifier, tokens[0].Kind);
    }

    [Fact]
    public void LinesAndColumnsAreOneBased()
    {
        var tokens = GoTokenizer.Tokenize("package main\n\n\tfunc  F() {\r\n}\n");

        Assert.Equal(
            new[] { ("package", 1, 1), ("main", 1, 9), ("func", 3, 2), ("F", 3, 8), ("(", 3, 9), (")", 3, 10), ("{", 3, 12), ("}", 4, 1) },
            tokens.Select(t => (t.Text, t.Line, t.Column)));
    }

    [Fact]
    public void IdentifiersMayBeUnicodeLetters()
    {
        var tokens = GoTokenizer.Tokenize("var größe_2 = π");

        Assert.Equal(new[] { "var", "größe_2", "=", "π" }, tokens.Select(t => t.Text));
        Assert.All(new[] { tokens[1], tokens[3] }, t => Assert.Equal(GoTokenKind.Identifier, t.Kind));
    }

    [Theory]
    [InlineData("x := \"open\ny := 1", 1, "string")]
    [InlineData("x := \"open", 1, "string")]
    [InlineData("\n\nx := 'a", 3, "rune")]
    [InlineData("x := `open\n\n", 1, "string")]
    [InlineData("x := \"escaped quote \\\"", 1, "string")]
    [InlineData("\n/* open\n*", 2, "/*")]
    public void AnUnterminatedLiteralOrCommentIsAFormatExceptionAtItsLine(string source, int line, string what)
    {
        var e = Assert.Throws<FormatException>(() => GoTokenizer.Tokenize(source));

        Assert.StartsWith($"line {line}: ", e.Message);
        Assert.Contains(what, e.Message);
    }

    [Fact]
    public void AnEmptyFileHasNoTokens()
    {
        Assert.Empty(GoTokenizer.Tokenize(""));
        Assert.Empty(GoTokenizer.Tokenize("\uFEFF\n\t \r\n"));
    }

    [Fact]
    public void IsMatchesCodeTokensOnly()
    {
        var tokens = GoTokenizer.Tokenize("func \"func\" //func\n");

        Assert.True(tokens[0].Is("func"));
        Assert.False(tokens[1].Is("\"func\""));
        Assert.False(tokens[2].Is("//func"));
    }
}
