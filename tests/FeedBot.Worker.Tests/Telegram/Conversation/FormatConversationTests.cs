using System.Text.Json.Nodes;
using FeedBot.Testing.FakeTelegram;

namespace FeedBot.Worker.Tests.Telegram.Conversation;

/// <summary>/format and its buttons through the real worker's long polling and the fake Bot API.</summary>
public sealed class FormatConversationTests : IAsyncLifetime
{
    private const long User = 2002;
    private BotHarness _h = null!;
    private WorkerAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _h = await BotHarness.StartAsync();
        _app = _h.CreateApp();
        _ = _app.Server;
        await _h.Bot.WaitForCallAsync(c => c.Method == "getUpdates");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _h.DisposeAsync();
    }

    [Fact]
    public async Task Format_NoArgument_ShowsTheChoiceWithTwoButtons_PressingFullStoresItAndTicksIt()
    {
        var shown = await _h.AskAsync(User, "/format");

        Assert.Contains("Cách nhận bài hiện tại: <b>ngắn</b>", shown.Text);
        Assert.Equal(["format:short", "format:full"], shown.ButtonData);
        Assert.Equal(["✅ Ngắn", "Đầy đủ"], Labels(shown));

        var press = _h.Bot.PressButton(User, messageId: 1001, "format:full");
        await _h.Bot.WaitForConfirmedAsync(press);

        Assert.Equal("Từ nay bài viết được gửi dạng đầy đủ.", (string?)_h.Bot.CallsTo("answerCallbackQuery").Single().Body["text"]);
        var edit = _h.Bot.CallsTo("editMessageText").Single();
        Assert.Contains("<b>đầy đủ</b>", edit.Text);
        Assert.Equal(["Ngắn", "✅ Đầy đủ"], Labels(edit));
        Assert.Equal("full", await _app.TextAsync($"SELECT format FROM telegram_chats WHERE chat_id = {User}"));
    }

    [Fact]
    public async Task Format_Argument_SetsIt_AgainSaysAlready_UnknownGetsUsageAndChangesNothing()
    {
        Assert.Equal("From now on posts are sent full.", (await _h.AskAsync(User, "/format FULL", "en")).Text);
        Assert.Equal("Posts are already sent full.", (await _h.AskAsync(User, "/format full", "en")).Text);

        var bad = await _h.AskAsync(User, "/format dài");

        Assert.StartsWith("“dài” không phải là một cách nhận bài. Dùng: /format short", bad.Text);
        Assert.Equal("full", await _app.TextAsync($"SELECT format FROM telegram_chats WHERE chat_id = {User}"));
        Assert.Equal("Từ nay bài viết được gửi dạng ngắn.", (await _h.AskAsync(User, "/format short")).Text);
        Assert.Equal("short", await _app.TextAsync($"SELECT format FROM telegram_chats WHERE chat_id = {User}"));
    }

    [Fact]
    public async Task FormatButton_GroupMemberNotAdmin_RefusedAndNothingStored()
    {
        const long group = -4004;
        var press = _h.Bot.PressButton(group, messageId: 7, "format:full", fromId: 4005);
        await _h.Bot.WaitForConfirmedAsync(press);

        Assert.Contains("chỉ quản trị viên", (string?)_h.Bot.CallsTo("answerCallbackQuery").Single().Body["text"]);
        Assert.Equal(0, await _app.ScalarAsync($"SELECT COUNT(*) FROM telegram_chats WHERE chat_id = {group} AND format = 'full'"));
    }

    private static IReadOnlyList<string?> Labels(FakeBotCall call) =>
        [.. ((JsonArray)call.Body["reply_markup"]!["inline_keyboard"]!).OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>()).Select(b => (string?)b["text"])];
}
