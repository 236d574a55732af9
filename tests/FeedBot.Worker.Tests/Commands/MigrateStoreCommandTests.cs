using Dapper;
using FeedBot.Feeds.Storage;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.FakeTelegram;
using FeedBot.Testing.Storage;
using FeedBot.Worker.Commands;
using FeedBot.Worker.Delivery;
using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Telegram.Storage;
using FeedBot.Worker.Tests.Delivery;

namespace FeedBot.Worker.Tests.Commands;

/// <summary>
/// <c>migrate-store</c> on a SQLite store filled by the real worker (polls through the fake ministry site, chats and
/// subscriptions through the fake Bot API, a failing poll's alert, a held and a pending delivery), read back from PostgreSQL.
/// </summary>
public sealed class MigrateStoreCommandTests
{
    private const long Reader = 101;
    private const long Paused = 102;
    private const long Admin = 9001;

    private static readonly string[] Tables =
        ["items", "item_people", "people_tagging", "polls", "http_validators", "source_versions", "telegram_chats", "telegram_subscriptions", "telegram_state", "deliveries", "source_alerts"];

    [Fact]
    public async Task RunAsync_StoreFilledByTheWorker_CopiesEveryTableIntoPostgresAndPrintsTheCounts()
    {
        await using var world = await FilledWorldAsync();
        await using var target = await TestStore.CreateAsync(StorageProvider.Postgres);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await MigrateStoreCommand.RunAsync(["migrate-store", "--to", target.PostgresConnectionString!], stdout, stderr, Sqlite(world));

        Assert.Equal("", stderr.ToString());
        Assert.Equal(0, exit);
        foreach (var table in Tables)
        {
            var rows = await world.App.Database.ScalarAsync($"SELECT COUNT(*) FROM {table}");
            Assert.True(rows > 0, $"the worker wrote no {table}");
            Assert.Equal(rows, await target.ScalarAsync($"SELECT COUNT(*) FROM {table}"));
            Assert.Matches($@"\n  {table} +{rows}\n", stdout.ToString());
            Assert.Equal(await DumpAsync(world.App.Database, table), await DumpAsync(target, table));
        }

        await using var copy = await DeliveryTestHost.StartOnAsync(target);
        var items = await copy.Get<IItemStore>().GetLatestAsync(DeliveryWorld.SourceId, 10, default);
        Assert.Equal(["bo-truong-hop", "bai-cu"], items.Select(i => i.Key));
        Assert.All(items, i => Assert.Contains("<p>Body.</p>", i.ContentHtml));
        Assert.Equal("bộ trưởng", Assert.Single(await copy.Get<ITelegramChatStore>().GetSubscriptionsAsync(new(Reader), default)).Filter);
        Assert.True((await copy.Get<ITelegramChatStore>().GetChatAsync(Paused, default))!.IsPaused);
        Assert.Equal(await world.Get<ITelegramStateStore>().GetUpdateOffsetAsync(default), await copy.Get<ITelegramStateStore>().GetUpdateOffsetAsync(default));
        var stats = await copy.Get<IDeliveryStatsReader>().ReadAsync(default);
        Assert.Equal((1, 1), (stats.Pending, stats.Held));
        await using (var unit = await copy.Get<IStoreDatabase>().BeginAsync(default))
        {
            Assert.False(await copy.Get<ISourceAlertStore>().TryTransitionAsync(unit, DeliveryWorld.SourceId, true, "again", default));
        }

        var next = await copy.SaveAsync(DeliveryWorld.SourceId, isBackfill: false, DeliveryTestHost.Item("sau-khi-chuyen", "Bài sau khi chuyển"));
        Assert.True(next.NewItems[0].Id > items.Max(i => i.Id));
    }

    [Fact]
    public async Task RunAsync_TargetNotEmpty_RefusesAndChangesNothing()
    {
        await using var world = await FilledWorldAsync();
        await using var target = await TestStore.CreateAsync(StorageProvider.Postgres);
        Assert.Equal(0, await MigrateStoreCommand.RunAsync(["migrate-store", "--to", target.PostgresConnectionString!], new StringWriter(), new StringWriter(), Sqlite(world)));
        var items = await target.ScalarAsync("SELECT COUNT(*) FROM items");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await MigrateStoreCommand.RunAsync(["migrate-store", "--to", target.PostgresConnectionString!], stdout, stderr, Sqlite(world));

        Assert.Equal(1, exit);
        Assert.Contains("refused", stderr.ToString());
        Assert.Contains("is not empty (rows in items, ", stderr.ToString());
        Assert.Contains(", polls, ", stderr.ToString());
        Assert.Equal("", stdout.ToString());
        Assert.Equal(items, await target.ScalarAsync("SELECT COUNT(*) FROM items"));
    }

    [Theory]
    [InlineData(new[] { "migrate-store" }, "Missing --to")]
    [InlineData(new[] { "migrate-store", "--to", "Database=x" }, "--to names no Host.")]
    [InlineData(new[] { "migrate-store", "--to", "Host=x", "--into" }, "Unknown or incomplete argument '--into'.")]
    public async Task RunAsync_BadUsage_ExitsTwoSayingWhy(string[] args, string expected)
    {
        var stderr = new StringWriter();
        var path = Path.Combine(Path.GetTempPath(), $"feedbot-migrate-{Guid.NewGuid():N}.db");
        await using var store = TestStore.ForSqliteFile(path);
        await store.ExecuteAsync("CREATE TABLE t (x INTEGER)");

        var exit = await MigrateStoreCommand.RunAsync(args, new StringWriter(), stderr, new Dictionary<string, string?> { ["FeedBot:Storage:Sqlite:Path"] = path });

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr.ToString());
    }

    /// <summary>
    /// The worker on SQLite: backfill, two chats through the bot (one filtered, one paused), a new item (held for the
    /// paused chat, pending for the other whose sends get 429 for an hour), then a failing poll that alerts the admin.
    /// </summary>
    private static async Task<DeliveryWorld> FilledWorldAsync()
    {
        var world = await DeliveryWorld.StartAsync(new Dictionary<string, string?>
        {
            ["FeedBot:Telegram:AdminChatIds:0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FeedBot:Telegram:Delivery:AlertAfterFailures"] = "1",
        });
        world.Bot.SendText(Reader, $"/start {DeliveryWorld.SourceId}");
        world.Bot.SendText(Reader, $"/filter {DeliveryWorld.SourceId} bộ trưởng");
        world.Bot.SendText(Paused, $"/start {DeliveryWorld.SourceId}");
        await world.Bot.WaitForConfirmedAsync(world.Bot.SendText(Paused, "/pause"));
        world.Bot.FailChat(Reader, FakeBotError.TooManyRequests(3600), times: 10);

        await world.PublishAsync(DeliveryWorld.Article("bo-truong-hop", "Bộ trưởng Đào Hồng Lan chủ trì họp"));
        await world.WaitUntilAsync(
            async () => await world.ScalarAsync($"SELECT COUNT(*) FROM deliveries WHERE chat_id = {Reader} AND last_error IS NOT NULL") == 1,
            30, () => "the reader's delivery answered 429");
        world.Site.InjectFault(DeliveryWorld.ListingPath, SiteFault.ServerError());
        await world.PollAsync();
        await world.WaitUntilAsync(() => Task.FromResult(world.DeliveredTo(Admin).Count == 1), 30, () => "the admin's alert sent");
        await world.WaitUntilAsync(async () => await world.ScalarAsync("SELECT COUNT(*) FROM people_tagging") == 1, 30, () => "the start-up re-tagging done");
        return world;
    }

    private static Dictionary<string, string?> Sqlite(DeliveryWorld world) => new() { ["FeedBot:Storage:Sqlite:Path"] = world.App.DatabasePath };

    /// <summary>Every row of the table as text, in key order, booleans as 0/1, so both providers' rows compare.</summary>
    private static async Task<List<string>> DumpAsync(TestStore store, string table)
    {
        await using var connection = await store.OpenAsync();
        var rows = await connection.QueryAsync($"SELECT * FROM {table} ORDER BY 1, 2");
        return [.. rows.Select(r => string.Join("|", ((IDictionary<string, object?>)r).OrderBy(c => c.Key).Select(c => $"{c.Key}={Text(c.Value)}")))];
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        bool b => b ? "1" : "0",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
