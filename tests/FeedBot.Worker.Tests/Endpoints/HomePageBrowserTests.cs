using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>
/// The home page in a real browser (Debian's chromium through Playwright) against the real worker on loopback after a
/// poll of the fake site: it loads without a console error or failed request at phone and desktop widths, fits 360 px
/// without sideways scrolling, shows a visible focus ring, and its search form finds items typed without diacritics.
/// Screenshots go to <c>artifacts/</c> in the test output folder (their paths are printed).
/// </summary>
public sealed class HomePageBrowserTests(BrowserHost host, ITestOutputHelper output) : IClassFixture<BrowserHost>
{
    [ChromiumFact]
    public async Task Home_At360And1280Pixels_LoadsWithoutProblemsFitsTheWidthAndIsScreenshotted()
    {
        foreach (var width in new[] { 360, 1280 })
        {
            await using var browser = await host.OpenPageAsync(width);
            var response = await browser.Page.GotoAsync(host.Url(""));

            Assert.Equal(200, response!.Status);
            Assert.Equal("vi", await browser.Page.GetAttributeAsync("html", "lang"));
            Assert.Equal(BrowserHost.Articles.Select(a => a.Title), await browser.Page.Locator("section.source li a.t").AllTextContentsAsync());
            Assert.Equal("30/06/2025 14:43", await browser.Page.Locator("section.source li time").First.TextContentAsync());
            Assert.True(await browser.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"the page scrolls sideways at {width} px");
            Assert.Empty(await browser.Page.EvaluateAsync<string[]>(ContrastScript.LowContrastTexts));
            browser.AssertNoProblems();
            output.WriteLine($"screenshot at {width} px: {await browser.ScreenshotAsync($"home-{width}.png")}");
        }
    }

    [ChromiumFact]
    public async Task Home_SearchFormSubmittedWithoutDiacritics_ShowsTheMatchingItemsNewestFirst()
    {
        await using var browser = await host.OpenPageAsync(360);
        await browser.Page.GotoAsync(host.Url(""));

        await browser.Page.GetByLabel("Từ khóa").FillAsync("bach mai");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
        await browser.Page.WaitForURLAsync(url => url.Contains("q=bach", StringComparison.Ordinal));

        Assert.Equal(
            ["Bộ trưởng Đào Hồng Lan làm việc với Bệnh viện Bạch Mai về dự án cơ sở 2", "Họp giao ban về bệnh viện tuyến cuối: Bạch Mai, Việt Đức, Chợ Rẫy"],
            await browser.Page.Locator("#ket-qua li a.t").AllTextContentsAsync());
        Assert.Equal("bach mai", await browser.Page.GetByLabel("Từ khóa").InputValueAsync());
        browser.AssertNoProblems();
        output.WriteLine($"search results at 360 px: {await browser.ScreenshotAsync("home-search-360.png")}");
    }

    [ChromiumFact]
    public async Task Home_PersonAndExcludedWord_TheDomListsOnlyTheirItems()
    {
        await using var browser = await host.OpenPageAsync(1280);
        await browser.Page.GotoAsync(host.Url("?q=" + Uri.EscapeDataString("thu truong -ung")));

        Assert.Equal(
            ["Thứ trưởng Nguyễn Thị Liên Hương kiểm tra an toàn thực phẩm mùa hè", "Họp giao ban về bệnh viện tuyến cuối: Bạch Mai, Việt Đức, Chợ Rẫy"],
            await browser.Page.Locator("#ket-qua li a.t").AllTextContentsAsync());
        await browser.Page.Locator("#lanh-dao ~ ul a").Filter(new() { HasText = "Trần Văn Thuấn" }).ClickAsync();
        await browser.Page.WaitForURLAsync(url => url.Contains("q=Tr", StringComparison.Ordinal));
        Assert.Equal(["Thứ trưởng Trần Văn Thuấn dự Hội nghị khoa học ung bướu toàn quốc"], await browser.Page.Locator("#ket-qua li a.t").AllTextContentsAsync());
        browser.AssertNoProblems();
    }

    [ChromiumFact]
    public async Task Home_KeyboardFocus_HasAVisibleOutline()
    {
        await using var browser = await host.OpenPageAsync(360);
        await browser.Page.GotoAsync(host.Url(""));

        await browser.Page.Keyboard.PressAsync("Tab");
        var focused = await browser.Page.EvaluateAsync<string[]>(
            "(() => { const e = document.activeElement, s = getComputedStyle(e); return [e.tagName, s.outlineStyle, s.outlineWidth]; })()");

        Assert.NotEqual("BODY", focused[0]);
        Assert.Equal("solid", focused[1]);
        Assert.Equal("3px", focused[2]);
    }

    [ChromiumFact]
    public async Task ContrastScript_GreyOnWhite_ReportedAsLowContrast()
    {
        await using var browser = await host.OpenPageAsync(360);
        await browser.Page.SetContentAsync("<p style='color:#999'>nhạt</p><p style='color:#333'>đậm</p>");

        Assert.Equal(["p 'nhạt' 2.85"], await browser.Page.EvaluateAsync<string[]>(ContrastScript.LowContrastTexts));
    }

    [ChromiumFact]
    public async Task BrowserPage_PageWithAConsoleErrorAndAMissingResource_ReportsBoth()
    {
        await using var browser = await host.OpenPageAsync(360);
        await browser.Page.GotoAsync(host.Url("feeds/nowhere.rss"));
        await browser.Page.SetContentAsync("<p>x</p><script>console.error('broken on purpose')</script>");

        Assert.Contains(browser.Problems, p => p.StartsWith("HTTP 404:", StringComparison.Ordinal));
        Assert.Contains("console error: broken on purpose", browser.Problems);
    }
}
