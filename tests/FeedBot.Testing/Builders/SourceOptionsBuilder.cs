using FeedBot.Feeds.Sources;

namespace FeedBot.Testing.Builders;

/// <summary>
/// Builds <see cref="SourceOptions"/> for tests. <see cref="MohLeadership"/> is identical to the <c>moh-leadership</c>
/// source shipped in the repository's appsettings.json (a test in FeedBot.Feeds.Tests keeps the two in step).
/// </summary>
public sealed class SourceOptionsBuilder
{
    private readonly SourceOptions _options;

    private SourceOptionsBuilder(SourceOptions options)
    {
        _options = options;
    }

    public static SourceOptionsBuilder MohLeadership() => new(new SourceOptions
    {
        Id = "moh-leadership",
        Title = "Bộ Y tế: Hoạt động của lãnh đạo Bộ",
        Description = "Hoạt động của lãnh đạo Bộ Y tế, từ Cổng thông tin điện tử Bộ Y tế (moh.gov.vn).",
        ListingUrl = "https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo",
        PageParameter = "_101_INSTANCE_TW6LTp1ZtwaN_cur",
        PagingQuery = "p_p_id=101_INSTANCE_TW6LTp1ZtwaN&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=row-0-column-2&p_p_col_count=2&_101_INSTANCE_TW6LTp1ZtwaN_delta=20",
        Schedule = "0 0/5 * * * ?",
        BackfillPages = 3,
        Enabled = true,
        Language = "vi",
        IdentityPattern = "/content/([^/?#;]+)",
        DropQueryParameters = ["redirect", "inheritRedirect", "jsessionid"],
        Selectors = new SelectorOptions
        {
            Item = ".portlet-asset-publisher .news-item",
            Title = ".title-news a",
            Link = ".title-news a",
            Date = ".time-news",
            Summary = ".sapo-news",
            Image = ".img-news img",
            Detail = new DetailSelectorOptions
            {
                Title = ".header-news .title-news h3",
                Date = ".header-news .time-news",
                Body = ".asset-content .journal-content-article",
                Remove = [".related-news", ".print-news", ".share-news", ".portlet-polls-display", ".taglib-social-bookmarks", "script", "style", "form"],
            },
        },
        DateFormats = ["dd/MM/yyyy HH:mm", "yyyy-MM-dd HH:mm", "dd/MM/yyyy | HH:mm"],
        ClockTimeZone = "UTC",
        DisplayTimeZone = "Asia/Ho_Chi_Minh",
    });

    public SourceOptionsBuilder WithId(string id) => With(o => o.Id = id);

    public SourceOptionsBuilder WithListingUrl(Uri url) => With(o => o.ListingUrl = url.AbsoluteUri);

    public SourceOptionsBuilder WithBackfillPages(int pages) => With(o => o.BackfillPages = pages);

    public SourceOptionsBuilder WithSchedule(string cron) => With(o => o.Schedule = cron);

    public SourceOptionsBuilder WithItemSelector(string selector) => With(o => o.Selectors.Item = selector);

    public SourceOptionsBuilder WithDateFormats(params string[] formats) => With(o => o.DateFormats = [.. formats]);

    public SourceOptionsBuilder WithClockTimeZone(string zone) => With(o => o.ClockTimeZone = zone);

    public SourceOptionsBuilder WithIdentityPattern(string pattern) => With(o => o.IdentityPattern = pattern);

    public SourceOptionsBuilder With(Action<SourceOptions> change)
    {
        change(_options);
        return this;
    }

    public SourceOptions Build() => _options;
}
