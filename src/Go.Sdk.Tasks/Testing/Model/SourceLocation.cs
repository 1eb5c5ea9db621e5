namespace Go.Sdk.Tasks.Testing.Model;

/// <summary>
/// A place in a Go source file as Go printed it: <c>t.Error</c> lines give a base name (<c>x_test.go</c>), panic
/// stacks an absolute path, compiler errors a path relative to the directory <c>go test</c> ran in.
/// Line and column are 1-based; 0 means unknown.
/// </summary>
public sealed record SourceLocation(string File, int Line, int Column = 0)
{
    public override string ToString() =>
        Column > 0 ? $"{File}:{Line}:{Column}" : Line > 0 ? $"{File}:{Line}" : File;
}

/// <summary>One compiler, vet or linker message from a failed build, with its place when Go gave one.</summary>
public sealed record BuildMessage(string Text, SourceLocation? Location);
