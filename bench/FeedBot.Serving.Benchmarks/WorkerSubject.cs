using System.Globalization;
using System.Net;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.Processes;

namespace FeedBot.Serving.Benchmarks;

/// <summary>
/// The real worker (Release <c>FeedBot.Worker.dll</c>, its shipped appsettings.json, a fresh SQLite file) polling the fake
/// ministry site once at start-up: 60 items with article bodies, of which the RSS feed's default 50 make about 45 KB.
/// </summary>
public sealed class WorkerSubject : IAsyncDisposable
{
    public const string FeedPath = "/feeds/moh-leadership.rss";
    private const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";
    private readonly FakeMinistrySite _site;
    private readonly WorkerProcess _worker;
    private readonly string _database;

    private WorkerSubject(FakeMinistrySite site, WorkerProcess worker, string database)
    {
        _site = site;
        _worker = worker;
        _database = database;
    }

    public WorkerProcess Process => _worker;

    public static async Task<WorkerSubject> StartAsync()
    {
        var site = await FakeMinistrySite.StartAsync();
        var listing = site.AddListing(ListingPath, "_101_INSTANCE_TW6LTp1ZtwaN_cur");
        for (var i = 0; i < 60; i++)
        {
            listing.Add(Article(i));
        }

        var database = Path.Combine(Path.GetTempPath(), $"feedbot-serving-bench-{Guid.NewGuid():N}.db");
        var worker = WorkerProcess.Start(new Dictionary<string, string>
        {
            ["FeedBot__Sources__0__ListingUrl"] = site.Url(ListingPath).AbsoluteUri,
            ["FeedBot__Sources__0__Schedule"] = "0 0 0 1 1 ? 2099",
            ["FeedBot__Sources__0__MaxArticlesPerPoll"] = "60",
            ["FeedBot__Storage__Sqlite__Path"] = database,
        });
        await worker.WaitForListeningAsync(TimeSpan.FromSeconds(60));
        return new WorkerSubject(site, worker, database);
    }

    /// <summary>Waits until the start-up poll is stored (/healthz 200), then reads the feed as a reader would.</summary>
    public async Task<ServedFeed> WaitForFeedAsync(HttpClient client)
    {
        var health = new Uri(_worker.BaseUrl, "/healthz");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await client.GetAsync(health)).StatusCode != HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline || _worker.HasExited)
            {
                throw new TimeoutException($"The worker's first poll did not succeed within 60 s. Output:\n{_worker.RecentOutput}");
            }

            await Task.Delay(200);
        }

        return await FeedFetch.ReadAsync(client, new Uri(_worker.BaseUrl, FeedPath));
    }

    public async ValueTask DisposeAsync()
    {
        _worker.Dispose();
        await _site.DisposeAsync();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static FakeArticle Article(int i)
    {
        var random = new Random(i);
        var date = new DateTime(2025, 6, 30).AddDays(-i).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var body = $"<p><strong>{Sentence(random, 10)}</strong></p><p>{Sentence(random, 24)}</p><p>{Sentence(random, 16)}</p>";
        return new FakeArticle(
            $"hoat-dong-{i:00}", Sentence(random, 10), $"Thứ Hai, ngày {date} 07:43", Sentence(random, 18), BodyHtml: body,
            ArticleDateText: $"{date} | 07:43 AM");
    }

    /// <summary>Vietnamese words in a seeded random order, so that bodies compress like real text rather than repeats.</summary>
    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + ".";

    private static readonly string[] Words =
    [
        "Bộ", "trưởng", "Đào", "Hồng", "Lan", "Thứ", "Y", "tế", "làm", "việc", "với", "đoàn", "công", "tác", "bệnh", "viện",
        "Trung", "ương", "tỉnh", "thành", "phố", "phòng", "chống", "dịch", "thuốc", "trang", "thiết", "bị", "khám", "chữa",
        "nhân", "dân", "cơ", "sở", "hội", "nghị", "triển", "khai", "kế", "hoạch", "năm", "2025", "đồng", "chí", "Văn",
        "Thuấn", "Xuân", "Tuyên", "Tri", "Thức", "Liên", "Hương", "chủ", "trì", "họp", "giao", "ban", "kiểm", "tra",
        "tiếp", "WHO", "hợp", "quốc", "tế", "đào", "tạo", "nhân", "lực", "bảo", "hiểm", "xã", "hội", "chuyển", "đổi", "số",
        "hệ", "thống", "dữ", "liệu", "sức", "khỏe", "điện", "tử", "vắc", "xin", "tiêm", "chủng", "an", "toàn", "thực", "phẩm",
    ];
}
