using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Go.Sdk.Tasks.Execution;

/// <summary>
/// Splitting and quoting of argument strings. <see cref="Split"/> follows Go's own rules for flag values such as
/// <c>-ldflags</c> and <c>GOFLAGS</c> (cmd/internal/quoted: white space separates, single or double quotes group,
/// no escapes), so a value means the same to Go.Sdk as to <c>go</c>.
/// </summary>
public static class CommandLine
{
    public static List<string> Split(string? text)
    {
        var result = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }
        var current = new StringBuilder();
        bool inArgument = false;
        char quote = '\0';
        foreach (char c in text!)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '\'' || c == '"')
            {
                quote = c;
                inArgument = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inArgument)
                {
                    result.Add(current.ToString());
                    current.Clear();
                    inArgument = false;
                }
            }
            else
            {
                current.Append(c);
                inArgument = true;
            }
        }
        if (quote != '\0')
        {
            throw new FormatException($"unterminated {quote} quote in: {text}");
        }
        if (inArgument)
        {
            result.Add(current.ToString());
        }
        return result;
    }

    /// <summary>Joins values for a Go flag that <see cref="Split"/> reads back unchanged (e.g. one -X with spaces).</summary>
    public static string JoinForGo(IEnumerable<string> values) =>
        string.Join(" ", values.Select(v => v.Length > 0 && !v.Any(char.IsWhiteSpace) && v.IndexOfAny(new[] { '\'', '"' }) < 0
            ? v
            : v.IndexOf('\'') < 0 ? $"'{v}'" : $"\"{v}\""));

    /// <summary>
    /// One argument quoted for a process command line the way the C runtime and .NET parse it back, used on
    /// .NET Framework (no ArgumentList) and for logging a command that can be pasted into a shell.
    /// </summary>
    public static string QuoteArgument(string argument)
    {
        if (argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '\t', '\n', '"' }) < 0)
        {
            return argument;
        }
        var sb = new StringBuilder("\"");
        int backslashes = 0;
        foreach (char c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }
            // Backslashes are literal unless they precede a quote: then each is doubled, and the quote escaped.
            sb.Append('\\', c == '"' ? backslashes * 2 + 1 : backslashes);
            backslashes = 0;
            sb.Append(c);
        }
        sb.Append('\\', backslashes * 2);
        return sb.Append('"').ToString();
    }

    public static string Join(IEnumerable<string> arguments) => string.Join(" ", arguments.Select(QuoteArgument));
}
