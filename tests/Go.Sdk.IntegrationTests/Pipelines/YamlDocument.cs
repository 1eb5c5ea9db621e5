using YamlDotNet.RepresentationModel;

namespace Go.Sdk.IntegrationTests.Pipelines;

/// <summary>
/// A YAML mapping with its keys in file order: pipeline template expressions (<c>${{ if … }}:</c>) are keys, and
/// where they stand decides what they insert.
/// </summary>
public sealed class YamlMap : List<KeyValuePair<string, object?>>
{
    public object? this[string key] => Find(key) is { } pair ? pair.Value : null;

    public bool Has(string key) => Find(key) is not null;

    public string? Text(string key) => this[key] as string;

    public YamlMap? Map(string key) => this[key] as YamlMap;

    public IReadOnlyList<object?> List(string key) => this[key] as List<object?> ?? [];

    private KeyValuePair<string, object?>? Find(string key)
    {
        foreach (var pair in this)
        {
            if (pair.Key == key)
            {
                return pair;
            }
        }
        return null;
    }
}

/// <summary>Reads a pipeline file into plain values: <see cref="YamlMap"/>, <c>List&lt;object?&gt;</c> and strings.</summary>
public static class YamlDocument
{
    public static YamlMap Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }
        var document = Assert.Single(stream.Documents);
        return Assert.IsType<YamlMap>(ToValue(document.RootNode));
    }

    private static object? ToValue(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToValue).ToList(),
        YamlMappingNode mapping => ToMap(mapping),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType} at {node.Start}."),
    };

    private static YamlMap ToMap(YamlMappingNode mapping)
    {
        var map = new YamlMap();
        foreach (var (key, value) in mapping.Children)
        {
            var name = Assert.IsType<YamlScalarNode>(key).Value!;
            Assert.False(map.Has(name), $"Key '{name}' appears twice at {key.Start}.");
            map.Add(new(name, ToValue(value)));
        }
        return map;
    }
}
