using FeedBot.Worker.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Worker.Tests.Telegram.Conversation;

/// <summary>
/// A scripted private conversation through the real long-polling loop of the real worker host and the fake Bot API,
/// with a restart of the host in the middle on the same database: every update is answered exactly once.
/// </summary>
public sealed class PrivateConversationTests : IAsyncLifetime
{
    private const long User = 1001;
    private const string Source = BotHarness.SourceId;
    private readonly RecordingChatEvents _events = new();
    private BotHarness _h = null!;

    public async Task InitializeAsync() => _h = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Conversation_StartButtonsCommandsRestartStop_EachUpdateHandledOnce()
    {
        var first = _h.CreateApp(keepDatabase: true, services: s => s.AddSingleton<IChatEvents>(_events));
        var db = first.DatabasePath;
        _ = first.Server;
        await first.WaitForPollsAsync(1);

        var start = await _h.AskAsync(User, "/start");
        Assert.Contains("Xin chào", start.Text);
        Assert.Equal(["sub:" + Source], start.ButtonData);

        var press = _h.Bot.PressButton(User, messageId: 1001, "sub:" + Source);
        await _h.Bot.WaitForConfirmedAsync(press);
        Assert.Contains("Đã đăng ký", (string?)_h.Bot.CallsTo("answerCallbackQuery").Single().Body["text"]);
        var edit = _h.Bot.CallsTo("editMessageText").Single();
        Assert.Equal(["unsub:" + Source], edit.ButtonData);
        Assert.Equal(1001, (long?)edit.Body["message_id"]);
        Assert.Equal(1, await first.ScalarAsync($"SELECT COUNT(*) FROM telegram_subscriptions WHERE chat_id = {User}"));

        await _h.Bot.WaitForConfirmedAsync(_h.Bot.PressButton(User, 1001, "unsub:" + Source));
        Assert.Equal(0, await first.ScalarAsync($"SELECT COUNT(*) FROM telegram_subscriptions WHERE chat_id = {User}"));

        Assert.Contains("Thiếu mã nguồn", (await _h.AskAsync(User, "/subscribe")).Text);
        Assert.Contains("Cách dùng: /subscribe", _h.Replies(User)[^1].Text);
        Assert.Contains("Không có nguồn có mã “nope”", (await _h.AskAsync(User, "/subscribe nope")).Text);
        Assert.Contains("Đã đăng ký", (await _h.AskAsync(User, $"/subscribe {Source}")).Text);
        Assert.Contains("bạch mai -covid", (await _h.AskAsync(User, $"/filter {Source} Bạch Mai -covid")).Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Bạch Mai -covid", await first.TextAsync($"SELECT filter FROM telegram_subscriptions WHERE chat_id = {User}"));

        var latest = await _h.AskAsync(User, "/latest 2");
        Assert.Contains("Bộ trưởng thăm Bệnh viện Bạch Mai", latest.Text);
        Assert.Contains("Thứ trưởng họp về COVID-19", latest.Text);
        Assert.DoesNotContain("Lào Cai", latest.Text);
        Assert.Contains("30/06/2025 04:55", latest.Text);
        Assert.Contains("không phải là số bài hợp lệ", (await _h.AskAsync(User, "/latest 50")).Text);

        // Restart on the same database; the last update is offered again as if its confirmation had been lost.
        var lastBeforeRestart = _h.Bot.SendText(User, "/list");
        await _h.Bot.WaitForConfirmedAsync(lastBeforeRestart);
        await first.DisposeAsync();
        _h.Bot.Requeue(lastBeforeRestart);
        var whileDown = _h.Bot.SendText(User, "/pause");
        var callsBeforeRestart = _h.Bot.CallsTo("getUpdates").Count;
        using var second = _h.CreateApp(databasePath: db, services: s => s.AddSingleton<IChatEvents>(_events));
        _ = second.Server;
        await _h.Bot.WaitForConfirmedAsync(whileDown);

        Assert.Equal(lastBeforeRestart + 1, (long?)_h.Bot.CallsTo("getUpdates")[callsBeforeRestart].Body["offset"]);
        Assert.Single(_h.Replies(User), r => r.Text!.Contains("Đăng ký của bạn"));
        Assert.Contains("lọc “Bạch Mai -covid”", _h.Replies(User).Single(r => r.Text!.Contains("Đăng ký của bạn")).Text);
        Assert.Contains("Đã tạm dừng", _h.Replies(User)[^1].Text);
        Assert.Equal(1, await second.ScalarAsync($"SELECT is_paused FROM telegram_chats WHERE chat_id = {User}"));

        Assert.Contains("Đã tiếp tục", (await _h.AskAsync(User, "/resume")).Text);
        Assert.Contains("không biết lệnh /frobnicate", (await _h.AskAsync(User, "/frobnicate")).Text);
        Assert.Contains("/help", _h.Replies(User)[^1].Text);
        Assert.Contains("/filter", (await _h.AskAsync(User, "/help")).Text);
        Assert.Contains(Source, (await _h.AskAsync(User, "/sources")).Text);
        Assert.Contains("Đã hủy mọi đăng ký", (await _h.AskAsync(User, "/stop")).Text);

        Assert.Equal(0, await second.ScalarAsync($"SELECT COUNT(*) FROM telegram_chats WHERE chat_id = {User}"));
        Assert.Equal(0, await second.ScalarAsync($"SELECT COUNT(*) FROM telegram_subscriptions WHERE chat_id = {User}"));
        Assert.Equal([$"resumed:{User}"], _events.Events);
        Assert.Equal(14, _h.Replies(User).Count);
    }

    [Fact]
    public async Task Conversation_EnglishUser_AnswersInEnglish()
    {
        using var app = _h.CreateApp();
        _ = app.Server;

        await app.WaitForPollsAsync(1);
        Assert.Contains("Hello!", (await _h.AskAsync(2002, "/start", "en")).Text);
        var latest = (await _h.AskAsync(2002, "/latest", "en")).Text;
        Assert.Contains("The 3 latest posts", latest);
        Assert.Contains("30 Jun 2025 04:55 (Vietnam)", latest);
        Assert.Contains("1. <a href=", (await _h.AskAsync(2002, $"/latest {Source} 1", "en")).Text);
        Assert.Contains("There is no source with id “nope”", (await _h.AskAsync(2002, "/latest nope", "en")).Text);
        var usage = (await _h.AskAsync(2002, "/filter", "en")).Text;
        Assert.Contains("The source id is missing.", usage);
        Assert.Contains("Usage: /filter", usage);
        Assert.Contains("You are not subscribed", (await _h.AskAsync(2002, $"/filter {Source} covid", "en")).Text);
        Assert.Contains("Subscribed", (await _h.AskAsync(2002, $"/start {Source}", "en")).Text);
        Assert.Equal("en", await app.TextAsync("SELECT language FROM telegram_chats WHERE chat_id = 2002"));
    }
}
