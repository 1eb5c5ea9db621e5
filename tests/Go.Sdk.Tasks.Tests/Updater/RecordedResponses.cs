using System.Collections.Concurrent;
using System.Net;
using Go.Sdk.Tasks.Tests.Toolchain.Trust;

namespace Go.Sdk.Tasks.Tests.Updater;

/// <summary>
/// Answers HTTP requests from recorded files instead of the network: the index at <see cref="IndexUrl"/>, and
/// <c>{SumDbBase}/lookup/…</c> from <c>TestData/Trust/Updater/sumdb/lookup/…</c> (200), or its <c>.404</c> twin (404).
/// Anything else fails the test, so an unexpected request cannot go unnoticed.
/// </summary>
internal sealed class RecordedResponses : HttpMessageHandler
{
    public const string IndexUrl = "https://go.dev.test/dl/?mode=json&include=all";
    public const string SumDbBase = "https://sum.golang.test";

    private readonly string _indexFile;
    private readonly ConcurrentQueue<string> _requests = new();

    public RecordedResponses(string indexFile)
    {
        _indexFile = indexFile;
    }

    /// <summary>Overrides every lookup with this status (e.g. a failing database).</summary>
    public HttpStatusCode? LookupStatus { get; init; }

    public IReadOnlyList<string> Requests => _requests.ToList();

    public IReadOnlyList<string> Lookups =>
        Requests.Where(r => r.StartsWith(SumDbBase, StringComparison.Ordinal))
            .Select(r => r.Substring((SumDbBase + "/lookup/").Length))
            .OrderBy(r => r, StringComparer.Ordinal)
            .ToList();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.OriginalString;
        _requests.Enqueue(url);
        if (url == IndexUrl)
        {
            return Answer(HttpStatusCode.OK, File.ReadAllText(_indexFile));
        }
        if (!url.StartsWith(SumDbBase + "/lookup/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Unexpected request to {url}");
        }
        if (LookupStatus is { } status)
        {
            return Answer(status, "server on fire");
        }
        var recorded = TrustTestFiles.TestData("Updater", "sumdb", request.RequestUri.AbsolutePath.TrimStart('/'));
        return File.Exists(recorded) ? Answer(HttpStatusCode.OK, File.ReadAllText(recorded))
            : File.Exists(recorded + ".404") ? Answer(HttpStatusCode.NotFound, File.ReadAllText(recorded + ".404"))
            : throw new InvalidOperationException($"No recorded answer for {url}");
    }

    private static Task<HttpResponseMessage> Answer(HttpStatusCode status, string body) =>
        Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body) });
}
