namespace FeedBot.Worker.Delivery;

/// <summary>
/// <c>FeedBot:Telegram:Delivery</c>: Telegram's limits as the delivery loop paces them, retries, and health alerts.
/// </summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "FeedBot:Telegram:Delivery";

    /// <summary>Messages a second across all chats (Telegram allows about 30).</summary>
    public int GlobalPerSecond { get; set; } = 25;

    /// <summary>Messages a second to one private chat.</summary>
    public int PrivatePerSecond { get; set; } = 1;

    /// <summary>Messages a minute to one group, supergroup or channel (Telegram allows 20).</summary>
    public int GroupPerMinute { get; set; } = 18;

    /// <summary>Sends in flight at once; also the most duplicates a crash can cause.</summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>First retry delay after a transient error; doubles per attempt, with jitter.</summary>
    public double BackoffBaseSeconds { get; set; } = 2;

    /// <summary>Longest retry delay after transient errors.</summary>
    public double BackoffMaxSeconds { get; set; } = 300;

    /// <summary>Due rows read per pass of the loop.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>How often an idle loop looks for due rows (new rows also wake it at once).</summary>
    public int IdlePollMilliseconds { get; set; } = 1000;

    /// <summary>Held rows a resumed chat receives per source (the newest); the rest are skipped.</summary>
    public int ResumeNewestPerSource { get; set; } = 10;

    /// <summary>Failed polls in a row that raise a source health alert to the admin chats.</summary>
    public int AlertAfterFailures { get; set; } = 3;

    /// <summary>
    /// How long a full-format item waits for its article page (fetched in the poll right after the listing) before it is
    /// sent with the summary alone; 0 sends at once. An article whose fetch failed is not waited for.
    /// </summary>
    public int ArticleWaitSeconds { get; set; } = 120;

    public TimeSpan GlobalInterval => TimeSpan.FromSeconds(1.0 / GlobalPerSecond);

    public TimeSpan PrivateInterval => TimeSpan.FromSeconds(1.0 / PrivatePerSecond);

    public TimeSpan GroupInterval => TimeSpan.FromMinutes(1.0 / GroupPerMinute);
}
