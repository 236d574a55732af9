using FeedBot.Feeds.Storage;
using FeedBot.Testing;
using FeedBot.Worker.Telegram.Storage;
using FeedBot.Worker.Tests.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Worker.Tests.Telegram.Storage;

/// <summary>The Telegram module's chats, subscriptions and state, on SQLite and on PostgreSQL (the subclasses below).</summary>
public abstract class TelegramChatStoreTests(StorageProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 7, 1, 0, 0, 0, TimeSpan.Zero);
    private DeliveryTestHost _host = null!;
    private ITelegramChatStore _store = null!;

    private ManualClock Clock => _host.Clock;

    public async Task InitializeAsync()
    {
        _host = await DeliveryTestHost.StartAsync(provider);
        _store = _host.Get<ITelegramChatStore>();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task UpsertChatAsync_SeenAgain_UpdatesLanguageAndKeepsCreated()
    {
        await _store.UpsertChatAsync(new ChatSeen(42, "private", null, "an", "vi"), default);
        Clock.Advance(TimeSpan.FromHours(1));

        await _store.UpsertChatAsync(new ChatSeen(42, "private", null, "an", "en"), default);

        var chat = await _store.GetChatAsync(42, default);
        Assert.Equal("en", chat!.Language);
        Assert.Equal(Start, chat.CreatedUtc);
        Assert.Equal(Start.AddHours(1), chat.UpdatedUtc);
        Assert.True(chat.IsActive);
    }

    [Fact]
    public async Task SetActiveAsync_BlockedThenBack_KeepsSubscriptions()
    {
        await _store.UpsertChatAsync(new ChatSeen(42, "private", null, null, "vi"), default);
        await _store.SubscribeAsync(new(42), "moh", default);

        await _store.SetActiveAsync(42, false, "kicked", default);
        var blocked = await _store.GetChatAsync(42, default);
        await _store.SetActiveAsync(42, true, null, default);

        Assert.False(blocked!.IsActive);
        Assert.Equal("kicked", blocked.InactiveReason);
        Assert.True((await _store.GetChatAsync(42, default))!.IsActive);
        Assert.Equal(["moh"], (await _store.GetSubscriptionsAsync(new(42), default)).Select(s => s.SourceId));
    }

    [Fact]
    public async Task SubscribeAsync_TwoTopicsAndTheChat_EachTargetKeepsItsOwn()
    {
        await _store.UpsertChatAsync(new ChatSeen(-100, "supergroup", "Forum", null, "vi"), default);

        Assert.True(await _store.SubscribeAsync(new(-100, 7), "moh", default));
        Assert.True(await _store.SubscribeAsync(new(-100, 9), "moh", default));
        Assert.True(await _store.SubscribeAsync(new(-100, 9), "other", default));
        Assert.True(await _store.SetFilterAsync(new(-100, 9), "moh", "bo truong", default));
        Assert.True(await _store.UnsubscribeAsync(new(-100, 9), "other", default));

        Assert.Empty(await _store.GetSubscriptionsAsync(new(-100), default));
        Assert.Equal([("moh", (string?)null, 7)], (await _store.GetSubscriptionsAsync(new(-100, 7), default)).Select(s => (s.SourceId, s.Filter, s.ThreadId)));
        Assert.Equal([("moh", (string?)"bo truong", 9)], (await _store.GetSubscriptionsAsync(new(-100, 9), default)).Select(s => (s.SourceId, s.Filter, s.ThreadId)));
    }

    [Fact]
    public async Task GetSubscribersAsync_PausedAndClosedTopics_ArePausedOrLeftOutAloneUntilSeenAgain()
    {
        await _store.UpsertChatAsync(new ChatSeen(-100, "supergroup", "Forum", null, "vi"), default);
        foreach (var thread in new[] { 0, 7, 9 })
        {
            await _store.SubscribeAsync(new(-100, thread), "moh", default);
        }

        await _store.SetPausedAsync(new(-100, 7), true, default);
        await _store.DeactivateTopicAsync(new(-100, 9), "Bad Request: TOPIC_CLOSED", default);
        var whileClosed = await SubscribersAsync();
        await _store.SeeTopicAsync(new(-100, 9), default);

        Assert.Equal(["-100/7:True", "-100:False"], whileClosed);
        Assert.Equal(["-100/7:True", "-100/9:False", "-100:False"], await SubscribersAsync());
        Assert.True(await _store.IsPausedAsync(new(-100, 7), default));
        Assert.False(await _store.IsPausedAsync(new(-100), default));
        Assert.False((await _store.GetChatAsync(-100, default))!.IsPaused);
    }

    private async Task<IReadOnlyList<string>> SubscribersAsync()
    {
        await using var unit = await _host.Get<IStoreDatabase>().BeginAsync(default);
        var subscribers = await _store.GetSubscribersAsync(unit, "moh", default);
        return [.. subscribers.Select(s => $"{s.Target}:{s.IsPaused}").Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task SubscribeAsync_Twice_AddsOnce()
    {
        await _store.UpsertChatAsync(new ChatSeen(42, "private", null, null, "vi"), default);

        Assert.True(await _store.SubscribeAsync(new(42), "moh", default));
        Assert.False(await _store.SubscribeAsync(new(42), "moh", default));
        Assert.Single(await _store.GetSubscriptionsAsync(new(42), default));
    }

    [Fact]
    public async Task SetFilterAsync_NotSubscribed_ReturnsFalse_SubscribedStoresAndClears()
    {
        await _store.UpsertChatAsync(new ChatSeen(42, "private", null, null, "vi"), default);
        Assert.False(await _store.SetFilterAsync(new(42), "moh", "y tế", default));
        await _store.SubscribeAsync(new(42), "moh", default);

        Assert.True(await _store.SetFilterAsync(new(42), "moh", "y tế -covid", default));
        Assert.Equal("y tế -covid", (await _store.GetSubscriptionsAsync(new(42), default)).Single().Filter);
        await _store.SetFilterAsync(new(42), "moh", null, default);
        Assert.Null((await _store.GetSubscriptionsAsync(new(42), default)).Single().Filter);
    }

    [Fact]
    public async Task DeleteChatAsync_WithSubscriptions_CascadesToThem()
    {
        await _store.UpsertChatAsync(new ChatSeen(42, "private", null, null, "vi"), default);
        await _store.SubscribeAsync(new(42), "moh", default);

        Assert.True(await _store.DeleteChatAsync(42, default));

        Assert.Null(await _store.GetChatAsync(42, default));
        Assert.Empty(await _store.GetSubscriptionsAsync(new(42), default));
    }

    [Fact]
    public async Task MigrateChatAsync_GroupToSupergroup_MovesSubscriptions()
    {
        await _store.UpsertChatAsync(new ChatSeen(-5, "group", "G", null, "vi"), default);
        await _store.SubscribeAsync(new(-5), "moh", default);

        await _store.MigrateChatAsync(-5, -1005, default);

        Assert.Equal("supergroup", (await _store.GetChatAsync(-1005, default))!.ChatType);
        Assert.Equal(["moh"], (await _store.GetSubscriptionsAsync(new(-1005), default)).Select(s => s.SourceId));
    }

    [Fact]
    public async Task MigrateAndDeleteChatAsync_DependentFails_ChatChangeRolledBackWithIt()
    {
        await using var host = await DeliveryTestHost.StartAsync(provider, services: s => s.AddSingleton<IChatDependents>(new FailingDependents()));
        var store = host.Get<ITelegramChatStore>();
        await store.UpsertChatAsync(new ChatSeen(-5, "group", "G", null, "vi"), default);
        await store.SubscribeAsync(new(-5), "moh", default);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.MigrateChatAsync(-5, -1005, default));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.DeleteChatAsync(-5, default));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SetActiveAsync(-5, false, "kicked", default));

        Assert.True((await store.GetChatAsync(-5, default))!.IsActive);
        Assert.Null(await store.GetChatAsync(-1005, default));
        Assert.Equal(["moh"], (await store.GetSubscriptionsAsync(new(-5), default)).Select(s => s.SourceId));
    }

    [Fact]
    public async Task MaterializeChannelAsync_ConfigurationChanged_KeepsExactlyTheConfiguredSources()
    {
        var channel = new ChatSeen(-100777, "channel", "Kênh", "kenh", "vi");
        await _store.MaterializeChannelAsync(channel, ["a", "b"], default);

        await _store.MaterializeChannelAsync(channel, ["b", "c"], default);

        Assert.Equal(["b", "c"], (await _store.GetSubscriptionsAsync(new(-100777), default)).Select(s => s.SourceId));
        Assert.Equal("channel", (await _store.GetChatAsync(-100777, default))!.ChatType);
    }

    [Fact]
    public async Task StateStore_Offset_PersistsAndNeverMovesBack()
    {
        var state = _host.Get<ITelegramStateStore>();
        Assert.Null(await state.GetUpdateOffsetAsync(default));

        await state.SaveUpdateOffsetAsync(101, default);
        await state.SaveUpdateOffsetAsync(99, default);

        Assert.Equal(101, await state.GetUpdateOffsetAsync(default));
    }

    [Fact]
    public async Task StateStore_TryClaimUpdate_OnlyTheFirstClaimOfAnIdWins()
    {
        var state = _host.Get<ITelegramStateStore>();

        var claims = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => state.TryClaimUpdateAsync(500 + (i % 2), default)));

        Assert.Equal(1, claims.Where((_, i) => i % 2 == 0).Count(c => c));
        Assert.Equal(1, claims.Where((_, i) => i % 2 == 1).Count(c => c));
        Assert.False(await state.TryClaimUpdateAsync(500, default));
        Assert.True(await state.TryClaimUpdateAsync(499, default));
    }

    [Fact]
    public async Task StateStore_Stats_CountsChatsAndSubscriptionsPerSource()
    {
        var state = _host.Get<ITelegramStateStore>();
        foreach (var id in new long[] { 1, 2, 3 })
        {
            await _store.UpsertChatAsync(new ChatSeen(id, "private", null, null, "vi"), default);
            await _store.SubscribeAsync(new(id), "moh", default);
        }

        await _store.SubscribeAsync(new(1), "other", default);
        await _store.SetActiveAsync(2, false, "kicked", default);
        await _store.SetPausedAsync(new(3), true, default);

        var stats = await state.GetStatsAsync(default);

        Assert.Equal((3, 2, 1), (stats.Chats, stats.ActiveChats, stats.PausedChats));
        Assert.Equal(new Dictionary<string, int> { ["moh"] = 3, ["other"] = 1 }, stats.SubscriptionsPerSource);
    }
}

/// <summary>A module whose rows cannot follow the chat: the chat store's unit of work must roll back.</summary>
internal sealed class FailingDependents : IChatDependents
{
    public Task OnChatMovedAsync(IStoreTransaction transaction, long fromChatId, long toChatId, CancellationToken cancellationToken) => Fail();

    public Task OnChatDeactivatedAsync(IStoreTransaction transaction, long chatId, string reason, CancellationToken cancellationToken) => Fail();

    public Task OnTopicDeactivatedAsync(IStoreTransaction transaction, ChatTarget topic, string reason, CancellationToken cancellationToken) => Fail();

    public Task OnChatDeletedAsync(IStoreTransaction transaction, long chatId, CancellationToken cancellationToken) => Fail();

    private static Task Fail() => throw new InvalidOperationException("dependent failed");
}

public sealed class SqliteTelegramChatStoreTests() : TelegramChatStoreTests(StorageProvider.Sqlite);

public sealed class PostgresTelegramChatStoreTests() : TelegramChatStoreTests(StorageProvider.Postgres);
