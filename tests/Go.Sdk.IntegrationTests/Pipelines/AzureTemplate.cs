using System.Globalization;
using System.Text.RegularExpressions;

namespace Go.Sdk.IntegrationTests.Pipelines;

/// <summary>
/// Expands an Azure Pipelines template the way the server does before a run, for the expressions Go.Sdk's templates
/// use: <c>${{ parameters.x }}</c>, <c>${{ if eq|ne(a, b) }}:</c>, <c>${{ each v in parameters.list }}:</c> and
/// <c>- template: file.yml</c> references. Anything else inside <c>${{ }}</c> fails the test, so a template cannot
/// start using syntax these tests would silently skip. Runtime macros (<c>$(Agent.OS)</c>) are left for the agent.
/// </summary>
public static partial class AzureTemplate
{
    /// <summary>The file's body (steps or jobs, with parameters bound) as the server would hand it to agents.</summary>
    public static YamlMap Expand(string file, IReadOnlyDictionary<string, object?> arguments)
    {
        var template = YamlDocument.Load(file);
        var scope = new Dictionary<string, object?> { ["parameters"] = BindParameters(file, template, arguments) };
        var body = new YamlMap();
        foreach (var (key, value) in template.Where(p => p.Key != "parameters"))
        {
            body.Add(new(key, ExpandValue(value, scope, file)));
        }
        return body;
    }

    /// <summary>Where a <c>template:</c> reference points: beside the referring file, or in this repository for <c>@go-sdk</c>.</summary>
    public static string Resolve(string reference, string referringFile)
    {
        const string Resource = "@go-sdk";
        return reference.EndsWith(Resource, StringComparison.Ordinal)
            ? Path.Combine(Infrastructure.RepositoryRootAttribute.Value, reference[..^Resource.Length])
            : Path.Combine(Path.GetDirectoryName(referringFile)!, reference);
    }

    /// <summary>The declared parameters: name, type and default (absent when the parameter is required).</summary>
    public static IEnumerable<(string Name, string Type, bool HasDefault, object? Default)> Parameters(YamlMap template) =>
        template.List("parameters").Cast<YamlMap>()
            .Select(p => (p.Text("name")!, p.Text("type") ?? "string", p.Has("default"), p["default"]));

    private static Dictionary<string, object?> BindParameters(string file, YamlMap template, IReadOnlyDictionary<string, object?> arguments)
    {
        var declared = Parameters(template).ToList();
        var unknown = arguments.Keys.Except(declared.Select(p => p.Name)).ToList();
        Assert.True(unknown.Count == 0, $"{file} declares no parameter {string.Join(", ", unknown)}.");
        var bound = new Dictionary<string, object?>();
        foreach (var (name, type, hasDefault, defaultValue) in declared)
        {
            Assert.True(arguments.ContainsKey(name) || hasDefault, $"{file}: required parameter '{name}' was not given.");
            var value = arguments.TryGetValue(name, out var given) ? given : defaultValue;
            bound[name] = type switch
            {
                "boolean" => value is bool b ? b : bool.Parse(Assert.IsType<string>(value)),
                "number" => int.Parse(Assert.IsType<string>(value), CultureInfo.InvariantCulture),
                "object" => value,
                _ => Assert.IsType<string>(value),
            };
        }
        return bound;
    }

    private static object? ExpandValue(object? value, IReadOnlyDictionary<string, object?> scope, string file) => value switch
    {
        string text => Interpolate(text, scope),
        List<object?> list => ExpandList(list, scope, file),
        YamlMap map => ExpandMap(map, scope, file),
        _ => value,
    };

    private static List<object?> ExpandList(List<object?> list, IReadOnlyDictionary<string, object?> scope, string file)
    {
        var result = new List<object?>();
        foreach (var item in list)
        {
            if (item is YamlMap { Count: 1 } single && Directive(single[0].Key) is { } condition)
            {
                if (IsTrue(Evaluate(ConditionOf(condition), scope)))
                {
                    result.AddRange(Assert.IsType<List<object?>>(ExpandValue(single[0].Value, scope, file)));
                }
            }
            else if (item is YamlMap reference && reference.Text("template") is { } templateFile)
            {
                var path = Resolve(templateFile, file);
                var arguments = (ExpandValue(reference.Map("parameters") ?? [], scope, file) as YamlMap)!.ToDictionary(p => p.Key, p => p.Value);
                var body = Expand(path, arguments);
                result.AddRange(body.List("steps").Concat(body.List("jobs")));
            }
            else
            {
                result.Add(ExpandValue(item, scope, file));
            }
        }
        return result;
    }

    private static YamlMap ExpandMap(YamlMap map, IReadOnlyDictionary<string, object?> scope, string file)
    {
        var result = new YamlMap();
        foreach (var (key, value) in map)
        {
            if (Directive(key) is { } directive && EachPattern().Match(directive) is { Success: true } each)
            {
                foreach (var element in Assert.IsType<List<object?>>(Evaluate(each.Groups[2].Value, scope)))
                {
                    var inner = new Dictionary<string, object?>(scope) { [each.Groups[1].Value] = element };
                    result.AddRange(Assert.IsType<YamlMap>(ExpandValue(value, inner, file)));
                }
            }
            else if (Directive(key) is { } condition)
            {
                if (IsTrue(Evaluate(ConditionOf(condition), scope)))
                {
                    result.AddRange(Assert.IsType<YamlMap>(ExpandValue(value, scope, file)));
                }
            }
            else
            {
                result.Add(new(Assert.IsType<string>(Interpolate(key, scope)), ExpandValue(value, scope, file)));
            }
        }
        return result;
    }

    /// <summary>The <c>if …</c> or <c>each …</c> of a key that is one of them; null for a plain key (which may hold an expression).</summary>
    private static string? Directive(string key) =>
        ExpressionPattern().Match(key) is { Success: true } m && m.Value == key && (IfPattern().IsMatch(m.Groups[1].Value) || EachPattern().IsMatch(m.Groups[1].Value))
            ? m.Groups[1].Value
            : null;

    private static string ConditionOf(string directive) =>
        IfPattern().Match(directive) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"Unsupported directive '{directive}'.");

    /// <summary>A whole-value expression keeps its type (a list parameter stays a list); embedded ones become text.</summary>
    private static object? Interpolate(string text, IReadOnlyDictionary<string, object?> scope)
    {
        var match = ExpressionPattern().Match(text);
        if (match.Success && match.Value == text)
        {
            return Evaluate(match.Groups[1].Value, scope);
        }
        return ExpressionPattern().Replace(text, m => Convert.ToString(Evaluate(m.Groups[1].Value, scope), CultureInfo.InvariantCulture) ?? "");
    }

    private static object? Evaluate(string expression, IReadOnlyDictionary<string, object?> scope)
    {
        expression = expression.Trim();
        if (CallPattern().Match(expression) is { Success: true } call)
        {
            var (left, right) = (Evaluate(call.Groups[2].Value, scope), Evaluate(call.Groups[3].Value, scope));
            var equal = string.Equals(Convert.ToString(left, CultureInfo.InvariantCulture), Convert.ToString(right, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
            return call.Groups[1].Value == "eq" ? equal : !equal;
        }
        if (expression is "true" or "false")
        {
            return expression == "true";
        }
        if (expression.StartsWith('\'') && expression.EndsWith('\''))
        {
            return expression[1..^1];
        }
        var parts = expression.Split('.');
        Assert.True(parts.Length == 2 && scope.ContainsKey(parts[0]), $"Unsupported template expression '{expression}'.");
        return scope[parts[0]] switch
        {
            IReadOnlyDictionary<string, object?> parameters when parameters.ContainsKey(parts[1]) => parameters[parts[1]],
            YamlMap element when element.Has(parts[1]) => element[parts[1]],
            _ => throw new InvalidOperationException($"'{expression}' names nothing in scope."),
        };
    }

    private static bool IsTrue(object? value) => Assert.IsType<bool>(value);

    [GeneratedRegex(@"\$\{\{\s*(.+?)\s*\}\}")]
    private static partial Regex ExpressionPattern();

    [GeneratedRegex(@"^if\s+(.+)$")]
    private static partial Regex IfPattern();

    [GeneratedRegex(@"^each\s+(\w+)\s+in\s+(\S+)$")]
    private static partial Regex EachPattern();

    [GeneratedRegex(@"^(eq|ne)\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$")]
    private static partial Regex CallPattern();
}
