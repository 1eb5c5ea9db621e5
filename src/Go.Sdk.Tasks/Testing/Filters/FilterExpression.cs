using System.Collections.Generic;
using System.Text;
using Go.Sdk.Tasks.Diagnostics;

namespace Go.Sdk.Tasks.Testing.Filters;

/// <summary>The comparison of a VSTest filter condition.</summary>
internal enum FilterOperator
{
    Equals,
    NotEquals,
    Contains,
    NotContains,
}

/// <summary>A parsed VSTest <c>--filter</c>: <see cref="FilterCondition"/>s joined by <see cref="FilterAnd"/> and <see cref="FilterOr"/>.</summary>
internal abstract record FilterExpression;

internal sealed record FilterCondition(string Property, FilterOperator Operator, string Value) : FilterExpression
{
    public bool IsNegated => Operator is FilterOperator.NotEquals or FilterOperator.NotContains;
}

internal sealed record FilterAnd(IReadOnlyList<FilterExpression> Operands) : FilterExpression;

internal sealed record FilterOr(IReadOnlyList<FilterExpression> Operands) : FilterExpression;

/// <summary>
/// Parses VSTest's filter syntax as <c>dotnet test --filter</c> passes it: <c>Property=Value</c>, <c>!=</c>,
/// <c>~</c> (contains), <c>!~</c>, <c>&amp;</c> binding tighter than <c>|</c>, parentheses, and <c>\</c> escaping the
/// next character of a value. A bare value means <c>FullyQualifiedName~value</c>, as in VSTest.
/// </summary>
internal sealed class FilterParser
{
    private readonly string _text;
    private int _position;

    private FilterParser(string text)
    {
        _text = text;
    }

    public static FilterExpression Parse(string filter)
    {
        FilterParser parser = new(filter);
        FilterExpression expression = parser.ParseOr();
        parser.SkipSpaces();
        if (parser._position < filter.Length)
        {
            throw parser.Error($"unexpected '{filter[parser._position]}' at position {parser._position + 1}");
        }
        return expression;
    }

    private FilterExpression ParseOr()
    {
        List<FilterExpression> operands = new() { ParseAnd() };
        while (Accept('|'))
        {
            operands.Add(ParseAnd());
        }
        return operands.Count == 1 ? operands[0] : new FilterOr(operands);
    }

    private FilterExpression ParseAnd()
    {
        List<FilterExpression> operands = new() { ParsePrimary() };
        while (Accept('&'))
        {
            operands.Add(ParsePrimary());
        }
        return operands.Count == 1 ? operands[0] : new FilterAnd(operands);
    }

    private FilterExpression ParsePrimary()
    {
        if (Accept('('))
        {
            FilterExpression inner = ParseOr();
            if (!Accept(')'))
            {
                throw Error("a '(' has no matching ')'");
            }
            return inner;
        }
        string left = ReadToken(stopAtOperator: true);
        SkipSpaces();
        if (_position >= _text.Length || _text[_position] is '|' or '&' or ')')
        {
            if (left.Length == 0)
            {
                throw Error($"a condition is missing at position {_position + 1}");
            }
            return new FilterCondition("FullyQualifiedName", FilterOperator.Contains, left);
        }
        FilterOperator op = ReadOperator();
        string value = ReadToken(stopAtOperator: false);
        if (left.Length == 0)
        {
            throw Error("a condition has no property name before its operator");
        }
        return new FilterCondition(left, op, value);
    }

    private FilterOperator ReadOperator()
    {
        if (Match("!=")) { return FilterOperator.NotEquals; }
        if (Match("!~")) { return FilterOperator.NotContains; }
        if (Match("=")) { return FilterOperator.Equals; }
        if (Match("~")) { return FilterOperator.Contains; }
        throw Error($"expected =, !=, ~ or !~ at position {_position + 1}");
    }

    private string ReadToken(bool stopAtOperator)
    {
        StringBuilder token = new();
        while (_position < _text.Length)
        {
            char c = _text[_position];
            if (c == '\\')
            {
                if (_position + 1 >= _text.Length)
                {
                    throw Error("the filter ends with a lone '\\'");
                }
                token.Append(_text[_position + 1]);
                _position += 2;
                continue;
            }
            if (c is '|' or '&' or '(' or ')' || (stopAtOperator && c is '=' or '~' or '!'))
            {
                break;
            }
            token.Append(c);
            _position++;
        }
        return token.ToString().Trim();
    }

    private bool Accept(char c)
    {
        SkipSpaces();
        if (_position < _text.Length && _text[_position] == c)
        {
            _position++;
            return true;
        }
        return false;
    }

    private bool Match(string op)
    {
        if (string.CompareOrdinal(_text, _position, op, 0, op.Length) == 0)
        {
            _position += op.Length;
            return true;
        }
        return false;
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private GoSdkException Error(string detail) => new(Messages.InvalidTestFilter(_text, detail));
}
