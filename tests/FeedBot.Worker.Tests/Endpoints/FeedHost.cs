using System.Text.Json;
using FeedBot.Feeds.Model;
using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage;
using FeedBot.Testing.Builders;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>
/// The worker host whose only source points at an empty fake ministry site (the start-up poll fails harmlessly,
/// its cron fires yearly from 2099, so no scheduled poll comes during a test and the interval is a year), with items seeded through the real <see cref="IItemStore"/>.
/// </summary>
public sealed class FeedHost : IAsyncLifetime, IAsyncDisposable
{
    public const string SourceId = "moh-leadership";
    public const string SecondSourceId = "moh-news";
    public const string HostileTitle = "Thông báo <script>alert(1)</script> & <b>lịch</b>";
    private readonly Dictionary<string, string?> _extra;
    private readonly TestStore? _store;
    private FakeMinistrySite _site = null!;

    public FeedHost()
        : this([], null)
    {
    }

    private FeedHost(Dictionary<string, string?> extra, TestStore? store)
    {
        _extra = extra;
        _store = store;
    }

    public WorkerAppFactory App { get; private set; } = null!;

    /// <summary>
    /// A started host with <paramref name="extra"/> settings, for tests that change it (dispose with <c>await using</c>);
    /// on <paramref name="store"/> when given (several hosts may share one), else on its own SQLite file.
    /// </summary>
    public static async Task<FeedHost> StartAsync(Dictionary<string, string?> extra, TestStore? store = null)
    {
        var host = new FeedHost(extra, store);
        await host.InitializeAsync();
        return host;
    }

    public IItemStore Store => App.Services.GetRequiredService<IItemStore>();

    /// <summary>Four items, newest first: "Bộ trưởng … WHO", "Thứ trưởng Đỗ Xuân Tuyên …", "Họp giao ban …", and one
    /// whose title carries markup.</summary>
    public static IReadOnlyList<FeedItem> SampleItems() =>
    [
        FeedItemBuilder.Item("bo-truong-tiep-who").WithTitle("Bộ trưởng Đào Hồng Lan tiếp Đoàn công tác WHO")
            .WithSummary("Sáng 30/6, tại trụ sở Bộ Y tế.").PublishedAt(new DateTimeOffset(2025, 6, 30, 7, 43, 0, TimeSpan.Zero)).Build(),
        FeedItemBuilder.Item("thu-truong-kiem-tra").WithTitle("Thứ trưởng Đỗ Xuân Tuyên kiểm tra bệnh viện")
            .WithSummary("Đoàn kiểm tra công tác phòng chống dịch.").PublishedAt(new DateTimeOffset(2025, 6, 29, 21, 55, 0, TimeSpan.Zero)).Build(),
        FeedItemBuilder.Item("hop-giao-ban").WithTitle("Họp giao ban tháng 6")
            .WithSummary("Bộ trưởng chủ trì cuộc họp.").PublishedAt(new DateTimeOffset(2025, 6, 28, 10, 0, 0, TimeSpan.Zero)).Build(),
        FeedItemBuilder.Item("thong-bao").WithTitle(HostileTitle).WithSummary(null)
            .PublishedAt(new DateTimeOffset(2025, 6, 27, 1, 0, 0, TimeSpan.Zero)).Build(),
    ];

    public async Task InitializeAsync()
    {
        _site = await FakeMinistrySite.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["FeedBot:Sources:0:ListingUrl"] = _site.Url("/hoat-dong-cua-lanh-dao-bo").AbsoluteUri,
            ["FeedBot:Sources:0:Schedule"] = "0 0 0 1 1 ? 2099-2101",
            ["FeedBot:Fetch:TimeoutSeconds"] = "5",
            ["FeedBot:Sources:1:Id"] = SecondSourceId,
            ["FeedBot:Sources:1:Title"] = "Bộ Y tế: Tin tổng hợp",
            ["FeedBot:Sources:1:ListingUrl"] = _site.Url("/tin-tong-hop").AbsoluteUri,
            ["FeedBot:Sources:1:Enabled"] = "false",
            ["FeedBot:Sources:1:BackfillPages"] = "1",
            ["FeedBot:Sources:1:Selectors:Item"] = ".news-item",
            ["FeedBot:Sources:1:Selectors:Title"] = "a",
            ["FeedBot:Sources:1:Selectors:Link"] = "a",
            ["FeedBot:Sources:1:Selectors:Date"] = ".time",
            ["FeedBot:Sources:1:Selectors:Detail:Body"] = ".content",
            ["FeedBot:Sources:1:DateFormats:0"] = "dd/MM/yyyy HH:mm",
        };
        foreach (var (key, value) in _extra)
        {
            settings[key] = value;
        }

        App = new WorkerAppFactory(settings) { Store = _store };
        _ = App.Server;
        await App.WaitForPollsAsync(1);
        await SeedAsync(SampleItems());
    }

    public async Task<JsonDocument> GetJsonAsync(string path) =>
        JsonDocument.Parse(await App.CreateClient().GetStringAsync(path));

    /// <summary>The item keys of a JSON feed, in order.</summary>
    public static List<string> Keys(JsonDocument json) =>
        [.. json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!.Split('/').Last())];

    /// <summary>Saves items as a listing would, then their article HTML.</summary>
    public async Task SeedAsync(IEnumerable<FeedItem> items)
    {
        var list = items.ToList();
        var saved = await Store.SaveListingAsync(SourceId, list.Select(i => FeedItemBuilder.Item(i.Key).With(_ => i).BuildScraped()).ToList(), isBackfill: true, default);
        foreach (var created in saved.NewItems)
        {
            if (list.Single(i => i.Key == created.Key).ContentHtml is { } html)
            {
                await Store.SaveContentAsync(created.Id, html, default);
            }
        }
    }

    /// <summary>Article HTML as the poller stores it: an article page (the shipped body selector's markup) whose body is
    /// <paramref name="bodyHtml"/> at <paramref name="pageUrl"/>, read by the host's <see cref="ArticleParser"/>, which
    /// sanitizes it before it is stored.</summary>
    public string AsStoredArticle(string bodyHtml, string pageUrl)
    {
        var source = App.Services.GetRequiredService<IOptions<SourcesOptions>>().Value.Find(SourceId)!;
        var page = $"<html><body><div class=\"asset-content\"><div class=\"journal-content-article\">{bodyHtml}</div></div></body></html>";
        return App.Services.GetRequiredService<ArticleParser>().Parse(page, new Uri(pageUrl), source).BodyHtml;
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _site.DisposeAsync();
    }
}
