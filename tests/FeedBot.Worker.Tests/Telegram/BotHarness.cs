using FeedBot.Testing.FakeSite;
using FeedBot.Testing.FakeTelegram;
using FeedBot.Testing.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Worker.Tests.Telegram;

/// <summary>
/// The fake Bot API and the fake ministry site (three items) on loopback, and real worker hosts pointed at both:
/// short long-poll and back-off times, admin <see cref="AdminId"/>, the poll job only at start-up.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    public const long AdminId = 9001;
    public const string SourceId = "moh-leadership";
    private const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";

    private BotHarness(FakeBotApi bot, FakeMinistrySite site)
    {
        Bot = bot;
        Site = site;
    }

    public FakeBotApi Bot { get; }

    public FakeMinistrySite Site { get; }

    public static async Task<BotHarness> StartAsync()
    {
        var harness = new BotHarness(await FakeBotApi.StartAsync(), await FakeMinistrySite.StartAsync());
        harness.Site.AddListing(ListingPath, "_101_INSTANCE_TW6LTp1ZtwaN_cur", pageSize: 5).Add(
            new FakeArticle("bai-a", "Bộ trưởng thăm Bệnh viện Bạch Mai", "Chủ Nhật, ngày 29/06/2025 21:55", "Tóm tắt A"),
            new FakeArticle("bai-b", "Thứ trưởng họp về COVID-19", "Thứ Bẩy, ngày 28/06/2025 10:00", "Tóm tắt B"),
            new FakeArticle("bai-c", "Bộ Y tế làm việc với tỉnh Lào Cai", "Thứ Sáu, ngày 27/06/2025 07:44", "Tóm tắt C"));
        return harness;
    }

    public WorkerAppFactory CreateApp(
        IDictionary<string, string?>? extra = null, string? databasePath = null, bool keepDatabase = false,
        CapturingLoggerProvider? logs = null, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["FeedBot:Telegram:BotToken"] = Bot.Token,
            ["FeedBot:Telegram:ApiBaseUrl"] = Bot.ApiBaseUrl,
            ["FeedBot:Telegram:PollTimeoutSeconds"] = "1",
            ["FeedBot:Telegram:HttpTimeoutMarginSeconds"] = "5",
            ["FeedBot:Telegram:ErrorBackoffSeconds"] = "0.2",
            ["FeedBot:Telegram:ConflictBackoffSeconds"] = "1",
            ["FeedBot:Telegram:MaxBackoffSeconds"] = "1",
            ["FeedBot:Telegram:AdminChatIds:0"] = AdminId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FeedBot:Sources:0:ListingUrl"] = Site.Url(ListingPath).AbsoluteUri,
            ["FeedBot:Sources:0:Schedule"] = "0 0 0 1 1 ? 2099",
            ["FeedBot:Fetch:TimeoutSeconds"] = "5",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return databasePath is null
            ? new WorkerAppFactory(settings) { KeepDatabase = keepDatabase, Logs = logs, TestServices = services }
            : new WorkerAppFactory(settings) { DatabasePath = databasePath, KeepDatabase = keepDatabase, Logs = logs, TestServices = services };
    }

    /// <summary>Sends a text and waits until the bot confirmed it (its next getUpdates); returns the replies it caused.</summary>
    public async Task<IReadOnlyList<FakeBotCall>> SayAsync(long chatId, string text, string language = "vi", long? fromId = null, string chatType = "private")
    {
        var before = Replies(chatId).Count;
        var id = Bot.SendText(chatId, text, fromId, language, chatType);
        await Bot.WaitForConfirmedAsync(id);
        return [.. Replies(chatId).Skip(before)];
    }

    /// <summary>Like <see cref="SayAsync"/> but expects exactly one reply.</summary>
    public async Task<FakeBotCall> AskAsync(long chatId, string text, string language = "vi", long? fromId = null, string chatType = "private") =>
        Assert.Single(await SayAsync(chatId, text, language, fromId, chatType));

    public IReadOnlyList<FakeBotCall> Replies(long chatId) => [.. Bot.CallsTo("sendMessage").Where(c => c.ChatId == chatId)];

    public async ValueTask DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Site.DisposeAsync();
    }
}
