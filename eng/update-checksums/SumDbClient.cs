using System.Net;
using Go.Sdk.Tasks.Toolchain.Trust;

namespace Go.Sdk.UpdateChecksums;

/// <summary>
/// Asks a Go checksum database (<c>https://sum.golang.org</c>) for the go.sum lines of one module version with
/// <c>GET /lookup/&lt;module&gt;@&lt;version&gt;</c>. The answer is the record id, the record's go.sum lines, a blank
/// line, then the signed tree head; only the lines are used. (Checking the note's signature and the record's
/// inclusion proof would need the tile protocol; the updater's output is reviewed in a commit instead.)
/// </summary>
public sealed class SumDbClient
{
    public const string DefaultBase = "https://sum.golang.org";

    private readonly HttpClient _http;
    private readonly Uri _base;

    public SumDbClient(HttpClient http, string baseUrl)
    {
        _http = http;
        _base = new Uri(baseUrl.TrimEnd('/') + "/");
    }

    public Uri BaseUrl => _base;

    /// <summary>The module's go.sum entries (zip and <c>/go.mod</c>), or null when the database has no such version.</summary>
    public async Task<IReadOnlyList<ChecksumEntry>?> LookupAsync(string module, string version, CancellationToken cancellationToken)
    {
        var url = new Uri(_base, $"lookup/{module}@{version}");
        using var response = await _http.GetAsync(url, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return null;
        }
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}: {body.Trim()}");
        }
        return ParseLookup(body, module, version, url.ToString());
    }

    /// <summary>Reads a lookup answer and checks that it is about the module version that was asked for.</summary>
    public static IReadOnlyList<ChecksumEntry> ParseLookup(string body, string module, string version, string source)
    {
        body = body.Replace("\r\n", "\n");
        int idEnd = body.IndexOf('\n');
        int textEnd = body.IndexOf("\n\n", StringComparison.Ordinal);
        if (idEnd < 0 || textEnd < idEnd || !long.TryParse(body.AsSpan(0, idEnd), out _))
        {
            throw new InvalidDataException($"{source}: not a checksum database record (expected '<id>', go.sum lines, a blank line, a signed tree head).");
        }
        var text = body.Substring(idEnd + 1, textEnd - idEnd);
        IReadOnlyList<ChecksumEntry> entries;
        try
        {
            entries = ChecksumFile.Parse(new StringReader(text), source);
        }
        catch (ChecksumFormatException e)
        {
            throw new InvalidDataException($"{source}: the record holds a line that is not a go.sum line: '{e.LineText}'.", e);
        }
        var subject = $"{module}@{version}";
        var expected = new[] { subject, subject + "/go.mod" };
        if (!entries.Select(e => e.Subject).OrderBy(s => s, StringComparer.Ordinal).SequenceEqual(expected, StringComparer.Ordinal)
            || entries.Any(e => e.Kind != ChecksumKind.H1))
        {
            throw new InvalidDataException($"{source}: the record is not the two h1: lines of {subject}, but: {string.Join("; ", entries.Select(e => e.Subject))}.");
        }
        return entries;
    }
}
