namespace FeedBot.Feeds.Sources;

/// <summary>One configured listing (<c>FeedBot:Sources:N</c>). Selectors and per-site rules are data.</summary>
public sealed class SourceOptions
{
    public const string DefaultSchedule = "0 0/5 * * * ?";

    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string ListingUrl { get; set; } = "";

    /// <summary>The query parameter carrying the page number (Liferay's <c>_&lt;portlet&gt;_cur</c>).</summary>
    public string PageParameter { get; set; } = "";

    /// <summary>Extra query string added to pages after the first (Liferay needs <c>p_p_id</c> and friends).</summary>
    public string? PagingQuery { get; set; }

    public string Schedule { get; set; } = DefaultSchedule;
    public int BackfillPages { get; set; } = 3;

    /// <summary>Upper bound of pages a regular (non-backfill) poll walks while every item is new.</summary>
    public int MaxPagesPerPoll { get; set; } = 5;

    /// <summary>Article pages fetched per poll at most (new items first, then earlier failures).</summary>
    public int MaxArticlesPerPoll { get; set; } = 25;

    /// <summary>Minutes before an article page that failed to load is tried again (on a later poll).</summary>
    public double ArticleRetryMinutes { get; set; } = 10;

    public bool Enabled { get; set; } = true;
    public string Language { get; set; } = "vi";

    /// <summary>Regex whose first group is the item's identity inside its link (the Liferay slug).</summary>
    public string IdentityPattern { get; set; } = "/content/([^/?#;]+)";

    /// <summary>Query parameters removed from stored links (session, paging and redirect noise).</summary>
    public List<string> DropQueryParameters { get; set; } = [];

    public SelectorOptions Selectors { get; set; } = new();
    public List<string> DateFormats { get; set; } = [];
    public string ClockTimeZone { get; set; } = "UTC";
    public string DisplayTimeZone { get; set; } = "Asia/Ho_Chi_Minh";
}
