using System.Net;
using FeedBot.Testing;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.Processes;

namespace FeedBot.Worker.Tests.Serving;

/// <summary>
/// The real worker process (<c>dotnet FeedBot.Worker.dll</c>, Kestrel on a loopback port) after its start-up poll of the
/// fake ministry site (three items with article bodies), for tests of what goes over the wire: codings, lengths,
/// validators. Its client never decompresses, so tests see the bytes as sent.
/// </summary>
public sealed class HttpWorker : IAsyncLifetime
{
    private const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"feedbot-test-{Guid.NewGuid():N}.db");
    private FakeMinistrySite _site = null!;
    private WorkerProcess _worker = null!;

    public HttpClient Client { get; } = new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None });

    public Uri Url(string pathAndQuery) => new(_worker.BaseUrl, pathAndQuery);

    public async Task InitializeAsync()
    {
        _site = await FakeMinistrySite.StartAsync();
        var listing = _site.AddListing(ListingPath, "_101_INSTANCE_TW6LTp1ZtwaN_cur");
        for (var i = 1; i <= 3; i++)
        {
            listing.Add(new FakeArticle($"bai-{i}", $"Bộ trưởng Đào Hồng Lan làm việc với đoàn số {i}", $"Thứ Hai, ngày 0{i}/06/2025 07:43",
                $"Tóm tắt bài {i} về công tác y tế.", BodyHtml: $"<p><strong>Bài {i}.</strong></p><p>{string.Concat(Enumerable.Repeat("Nội dung chi tiết. ", 40))}</p>"));
        }

        _worker = WorkerProcess.Start(new Dictionary<string, string>
        {
            ["FeedBot__Sources__0__ListingUrl"] = _site.Url(ListingPath).AbsoluteUri,
            ["FeedBot__Sources__0__Schedule"] = "0 0 0 1 1 ? 2099",
            ["FeedBot__Storage__Sqlite__Path"] = _database,
        });
        await _worker.WaitForListeningAsync(TimeSpan.FromSeconds(60));
        await Conditions.WaitAsync(async () => (await Client.GetAsync(Url("/healthz"))).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "the worker's start-up poll succeeded (/healthz 200)", () => _worker.RecentOutput);
    }

    /// <summary>A GET (or another method) with raw header values, sent as given (no client-side validation).</summary>
    public async Task<HttpResponseMessage> SendAsync(string path, params (string Name, string Value)[] headers) =>
        await SendAsync(HttpMethod.Get, path, headers);

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, Url(path));
        foreach (var (name, value) in headers)
        {
            Assert.True(request.Headers.TryAddWithoutValidation(name, value), $"the client refused {name}: {value}");
        }

        return await Client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        _worker.Dispose();
        await _site.DisposeAsync();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}
