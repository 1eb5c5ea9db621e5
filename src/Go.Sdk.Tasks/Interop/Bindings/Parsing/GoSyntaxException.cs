using System;

namespace Go.Sdk.Tasks.Interop.Bindings.Parsing;

/// <summary>Go source the declaration parser cannot read, at a 1-based line.</summary>
public sealed class GoSyntaxException : Exception
{
    public GoSyntaxException(int line, string message) : base(message) => Line = line;

    public int Line { get; }
}
