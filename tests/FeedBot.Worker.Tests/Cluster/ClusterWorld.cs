using Dapper;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.FakeTelegram;
using FeedBot.Testing.Postgres;
using FeedBot.Testing.Processes;
using FeedBot.Worker.Tests.Delivery;
using Npgsql;

namespace FeedBot.Worker.Tests.Cluster;

/// <summary>
/// A cluster test's world: a fresh PostgreSQL database, the fake ministry site (one listing, one old item) and the fake
/// Bot API enforcing Telegram's limits; <see cref="StartAsync"/> starts real worker processes on them as one cluster.
/// </summary>
public sealed class ClusterWorld : IAsyncDisposable
{
    public const string SourceId = DeliveryWorld.SourceId;
    public const string ListingPath = DeliveryWorld.ListingPath;
    public const string PublicBaseUrl = "https://feeds.example.org/";

    private ClusterWorld(PostgresDatabase database, FakeMinistrySite site, FakeListing listing, FakeBotApi bot)
    {
        Database = database;
        Site = site;
        Listing = listing;
        Bot = bot;
    }

    public PostgresDatabase Database { get; }
    public FakeMinistrySite Site { get; }
    public FakeListing Listing { get; }
    public FakeBotApi Bot { get; }
    public WorkerCluster? Cluster { get; private set; }

    public static async Task<ClusterWorld> CreateAsync()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        var site = await FakeMinistrySite.StartAsync();
        var listing = site.AddListing(ListingPath, "_101_INSTANCE_TW6LTp1ZtwaN_cur", pageSize: 20);
        listing.Add(DeliveryWorld.Article("bai-cu", "Bài cũ"));
        var bot = await FakeBotApi.StartAsync();
        bot.Limits = new FakeBotLimits();
        return new ClusterWorld(database, site, listing, bot);
    }

    /// <summary>Starts <paramref name="count"/> instances with the common settings, <paramref name="settings"/> winning.</summary>
    public async Task<WorkerCluster> StartAsync(int count, IReadOnlyDictionary<string, string>? settings = null, bool telegram = true)
    {
        var environment = new Dictionary<string, string>
        {
            ["FeedBot__Sources__0__ListingUrl"] = Site.Url(ListingPath).AbsoluteUri,
            ["FeedBot__Sources__0__Schedule"] = "0 0 0 1 1 ? 2099",
            ["FeedBot__Http__PublicBaseUrl"] = PublicBaseUrl,
            ["FeedBot__Fetch__TimeoutSeconds"] = "60",
            ["FeedBot__Telegram__ApiBaseUrl"] = Bot.ApiBaseUrl,
            ["FeedBot__Telegram__PollTimeoutSeconds"] = "1",
            ["FeedBot__Telegram__HttpTimeoutMarginSeconds"] = "4",
            ["FeedBot__Telegram__ConflictBackoffSeconds"] = "2",
            // The default 25/s against Telegram's (the fake's) 30/s: the headroom the default keeps for jitter between
            // the sender and Telegram, which three workers and the fakes on two busy cores have plenty of.
            ["FeedBot__Telegram__Delivery__GlobalPerSecond"] = "25",
            ["FeedBot__Telegram__Delivery__Concurrency"] = "4",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__FeedBot.Worker.Cluster"] = "Information",
        };
        if (telegram)
        {
            environment["FeedBot__Telegram__BotToken"] = Bot.Token;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        Cluster = await WorkerCluster.StartAsync(count, Database.ConnectionString, environment);
        return Cluster;
    }

    /// <summary>Page-1 listing requests (one per poll), in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> ListingPolls() =>
        [.. Site.Requests.Where(r => r.Path == ListingPath && !r.Query.Contains("_cur", StringComparison.Ordinal))];

    public Task<long> CountItemsAsync() => ScalarAsync("SELECT COUNT(*) FROM items");

    public Task<long> CountSentAsync() => ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE status = 'sent'");

    /// <summary>Private chats subscribed to the source, written straight into the shared store.</summary>
    public async Task AddPrivateChatsAsync(IEnumerable<long> chatIds)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO telegram_chats (chat_id, chat_type, created_utc, updated_utc) VALUES (@id, 'private', 0, 0);
            INSERT INTO telegram_subscriptions (chat_id, source_id, created_utc) VALUES (@id, 'moh-leadership', 0);
            """,
            chatIds.Select(id => new { id }).ToList(), transaction);
        await transaction.CommitAsync();
    }

    /// <summary>A count from the shared store; 0 while its tables do not exist yet.</summary>
    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        try
        {
            return await connection.ExecuteScalarAsync<long>(sql);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Cluster?.Dispose();
        await Bot.DisposeAsync();
        await Site.DisposeAsync();
        await Database.DisposeAsync();
    }
}
