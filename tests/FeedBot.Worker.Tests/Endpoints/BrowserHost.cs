using FeedBot.Testing.FakeSite;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>
/// The real worker serving HTTP on a loopback Kestrel port (not the in-memory test server, so a real browser can load
/// it), with the shipped configuration and its one source pointed at a fake ministry listing, whose start-up poll is done;
/// and one headless chromium, launched on the first <see cref="OpenPageAsync"/>, shared by the tests.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    private const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";
    private readonly SemaphoreSlim _launch = new(1, 1);
    private FakeMinistrySite _site = null!;
    private (IPlaywright Playwright, IBrowser Browser)? _chromium;

    public WorkerAppFactory App { get; private set; } = null!;

    /// <summary>The worker's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The listing's items, newest first; the first poll stores them all.</summary>
    public static IReadOnlyList<FakeArticle> Articles { get; } =
    [
        new("bo-truong-bach-mai", "Bộ trưởng Đào Hồng Lan làm việc với Bệnh viện Bạch Mai về dự án cơ sở 2", "Thứ Hai, ngày 30/06/2025 07:43", "Sáng 30/6, Bộ trưởng Bộ Y tế Đào Hồng Lan chủ trì buổi làm việc tại Bệnh viện Bạch Mai."),
        new("ung-thu", "Thứ trưởng Trần Văn Thuấn dự Hội nghị khoa học ung bướu toàn quốc", "Chủ Nhật, ngày 29/06/2025 21:55", "Hội nghị có hơn 1.000 đại biểu trong nước và quốc tế."),
        new("thuc-pham", "Thứ trưởng Nguyễn Thị Liên Hương kiểm tra an toàn thực phẩm mùa hè", "Thứ Bẩy, ngày 28/06/2025 10:00", "Đoàn kiểm tra các bếp ăn tập thể tại Bắc Ninh."),
        new("bach-mai-hop", "Họp giao ban về bệnh viện tuyến cuối: Bạch Mai, Việt Đức, Chợ Rẫy", "Thứ Sáu, ngày 27/06/2025 07:44", "Thứ trưởng Đỗ Xuân Tuyên chủ trì."),
        new("markup", "Thông báo <script>alert(1)</script> & <b>lịch</b> tiếp công dân", "Thứ Năm, ngày 26/06/2025 01:00", "Lịch tiếp công dân định kỳ."),
    ];

    public async Task InitializeAsync()
    {
        _site = await FakeMinistrySite.StartAsync();
        _site.AddListing(ListingPath, "_101_INSTANCE_TW6LTp1ZtwaN_cur", pageSize: 10).Add([.. Articles]);
        App = new WorkerAppFactory(new Dictionary<string, string?>
        {
            ["FeedBot:Http:Urls"] = "http://127.0.0.1:0",
            ["FeedBot:Sources:0:ListingUrl"] = _site.Url(ListingPath).AbsoluteUri,
            ["FeedBot:Sources:0:Schedule"] = "0 0 0 1 1 ? 2099",
            ["FeedBot:Fetch:TimeoutSeconds"] = "5",
        });
        App.UseKestrel();
        App.StartServer();
        await App.WaitForPollsAsync(1);
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>The worker's URL for a path and query, e.g. <c>?q=bach mai</c>.</summary>
    public string Url(string relative) => new Uri(BaseUrl, relative).AbsoluteUri;

    /// <summary>A new page <paramref name="width"/> CSS pixels wide in the shared browser.</summary>
    public async Task<BrowserPage> OpenPageAsync(int width)
    {
        await _launch.WaitAsync();
        try
        {
            _chromium ??= await BrowserPage.LaunchAsync();
        }
        finally
        {
            _launch.Release();
        }

        return await BrowserPage.OpenAsync(_chromium.Value.Browser, width);
    }

    public async Task DisposeAsync()
    {
        if (_chromium is var (playwright, browser))
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }

        await App.DisposeAsync();
        await _site.DisposeAsync();
    }
}
