namespace FeedBot.Worker.Telegram.Api;

/// <summary><c>FeedBot:Telegram</c>. With no <see cref="BotToken"/> the bot (and delivery) stays off.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "FeedBot:Telegram";

    /// <summary>From BotFather; set it through the environment (<c>FeedBot__Telegram__BotToken</c>), never in a file.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Bot API server; a self-hosted one or a test's fake can stand in.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    public TelegramMode Mode { get; set; } = TelegramMode.LongPolling;

    /// <summary>Public https URL of <c>/telegram/webhook</c> (Webhook mode).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>1-256 characters A-Z, a-z, 0-9, _ and -; Telegram echoes it in X-Telegram-Bot-Api-Secret-Token.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Send an item with an image as a photo with a caption.</summary>
    public bool SendPhotos { get; set; }

    /// <summary>Chats (users) allowed to use /stats.</summary>
    public long[] AdminChatIds { get; set; } = [];

    public List<TelegramChannelOptions> Channels { get; set; } = [];

    /// <summary>getUpdates' long-poll timeout (1-50 s); the HttpClient waits <see cref="HttpTimeoutMarginSeconds"/> longer.</summary>
    public int PollTimeoutSeconds { get; set; } = 50;

    public int HttpTimeoutMarginSeconds { get; set; } = 15;

    /// <summary>First wait after a network or server error; doubles on each further failure up to <see cref="MaxBackoffSeconds"/>.</summary>
    public double ErrorBackoffSeconds { get; set; } = 2;

    /// <summary>Wait after 409 Conflict (another instance polls, or a webhook is set).</summary>
    public double ConflictBackoffSeconds { get; set; } = 30;

    public double MaxBackoffSeconds { get; set; } = 300;

    /// <summary>True when a token is configured (the contract's "TelegramEnabled").</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);

    public TimeSpan HttpTimeout => TimeSpan.FromSeconds(PollTimeoutSeconds + HttpTimeoutMarginSeconds);
}
