using Microsoft.Playwright;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>
/// A headless chromium page that records every problem a reader's browser would show in its console: console errors
/// and warnings, uncaught page errors, failed requests and responses of 400 and above.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) => Record(message.Type is "error" or "warning" ? $"console {message.Type}: {message.Text}" : null);
        page.PageError += (_, error) => Record($"page error: {error}");
        page.RequestFailed += (_, request) => Record($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) => Record(response.Status >= 400 ? $"HTTP {response.Status}: {response.Url}" : null);
    }

    public IPage Page { get; }

    /// <summary>What went wrong so far, in order.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    /// <summary>Fails with every problem recorded, one a line, when there is any.</summary>
    public void AssertNoProblems()
    {
        if (Problems is { Count: > 0 } problems)
        {
            Assert.Fail($"The browser reported {problems.Count} problem(s):\n{string.Join('\n', problems)}");
        }
    }

    /// <summary>Launches chromium (the path of <see cref="Chromium.Tool"/>) headless; one browser serves many pages.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Tool.RequirePath(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }

    /// <summary>A new page, in its own context, with a viewport <paramref name="width"/> CSS pixels wide.</summary>
    public static async Task<BrowserPage> OpenAsync(IBrowser browser, int width, int height = 800)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
        });
        return new BrowserPage(context, await context.NewPageAsync());
    }

    /// <summary>A full-page PNG in the test output's <c>artifacts/</c> folder; returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    private void Record(string? problem)
    {
        if (problem is not null)
        {
            lock (_problems)
            {
                _problems.Add(problem);
            }
        }
    }

    public ValueTask DisposeAsync() => _context.DisposeAsync();
}
