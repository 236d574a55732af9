using System.Text.Json.Nodes;
using FeedBot.Testing.Logging;
using Microsoft.Extensions.Logging;

namespace FeedBot.Worker.Tests.Telegram.Conversation;

/// <summary>Groups (administrators only), configured channels, my_chat_member, /stats, the command menu, and updates
/// the bot cannot understand, through the real long-polling loop of the worker host.</summary>
public sealed class GroupsChannelsAndUpdatesTests : IAsyncLifetime
{
    private const long Group = -3003;
    private const long Member = 4004;
    private const long Admin = 5005;
    private const string Source = BotHarness.SourceId;
    private readonly CapturingLoggerProvider _logs = new();
    private BotHarness _h = null!;
    private WorkerAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _h = await BotHarness.StartAsync();
        _h.Bot.AddChannel("@kenh_yte", -100555);
        _h.Bot.SetMemberStatus(Group, Admin, "administrator");
        _app = _h.CreateApp(new Dictionary<string, string?>
        {
            ["FeedBot:Telegram:Channels:0:Chat"] = "@kenh_yte",
            ["FeedBot:Telegram:Channels:0:Sources:0"] = Source,
            ["FeedBot:Telegram:Channels:0:Format"] = "Full",
        }, logs: _logs);
        _ = _app.Server;
        await _h.Bot.WaitForCallAsync(c => c.Method == "getUpdates");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _h.DisposeAsync();
    }

    [Fact]
    public async Task Group_NonAdministrator_IsRefusedAndNothingChanges()
    {
        var reply = await _h.AskAsync(Group, $"/subscribe@feedbot_test_bot {Source}", fromId: Member, chatType: "group");

        Assert.Contains("chỉ quản trị viên", reply.Text);
        Assert.Equal(0, await _app.ScalarAsync($"SELECT COUNT(*) FROM telegram_subscriptions WHERE chat_id = {Group}"));
        Assert.Contains(_h.Bot.CallsTo("getChatMember"), c => (long?)c.Body["user_id"] == Member);
    }

    [Fact]
    public async Task Group_Administrator_SubscribesTheGroup()
    {
        var reply = await _h.AskAsync(Group, $"/subscribe@FeedBot_Test_Bot {Source}", fromId: Admin, chatType: "group");

        Assert.Contains("Đã đăng ký", reply.Text);
        Assert.Equal(1, await _app.ScalarAsync($"SELECT COUNT(*) FROM telegram_subscriptions WHERE chat_id = {Group}"));
        Assert.Equal("group", await _app.TextAsync($"SELECT chat_type FROM telegram_chats WHERE chat_id = {Group}"));
    }

    [Fact]
    public async Task Group_CommandForAnotherBotOrChatter_IsIgnored()
    {
        Assert.Empty(await _h.SayAsync(Group, $"/subscribe@other_bot {Source}", fromId: Admin, chatType: "group"));
        Assert.Empty(await _h.SayAsync(Group, "chào cả nhà", fromId: Member, chatType: "group"));
    }

    [Fact]
    public async Task Channel_Configured_IsMaterializedWithItsSourcesAndFormat()
    {
        Assert.Equal("channel", await _app.TextAsync("SELECT chat_type FROM telegram_chats WHERE chat_id = -100555"));
        Assert.Equal("full", await _app.TextAsync("SELECT format FROM telegram_chats WHERE chat_id = -100555"));
        Assert.Equal(Source, await _app.TextAsync("SELECT source_id FROM telegram_subscriptions WHERE chat_id = -100555"));
        Assert.Equal("@kenh_yte", _h.Bot.CallsTo("getChat").Single().Body["chat_id"]!.ToString());
    }

    [Fact]
    public async Task MyChatMember_BlockedThenUnblocked_InactiveThenActiveWithSubscriptionsKept()
    {
        await _h.AskAsync(6006, $"/subscribe {Source}");

        await _h.Bot.WaitForConfirmedAsync(_h.Bot.ChangeMembership(6006, "member", "kicked"));
        Assert.Equal(0, await _app.ScalarAsync("SELECT is_active FROM telegram_chats WHERE chat_id = 6006"));
        Assert.Equal("kicked", await _app.TextAsync("SELECT inactive_reason FROM telegram_chats WHERE chat_id = 6006"));

        await _h.Bot.WaitForConfirmedAsync(_h.Bot.ChangeMembership(6006, "kicked", "member"));
        Assert.Equal(1, await _app.ScalarAsync("SELECT is_active FROM telegram_chats WHERE chat_id = 6006"));
        Assert.Equal(1, await _app.ScalarAsync("SELECT COUNT(*) FROM telegram_subscriptions WHERE chat_id = 6006"));
    }

    [Fact]
    public async Task Updates_UnknownKindBadShapeStickerHugeText_AreLoggedSkippedAndTheLoopGoesOn()
    {
        var unknown = _h.Bot.Enqueue("edited_message", new JsonObject { ["message_id"] = 5, ["chat"] = new JsonObject { ["id"] = 7007, ["type"] = "private" } });
        var broken = _h.Bot.Enqueue("message", "this is not a message object");
        var sticker = _h.Bot.Enqueue("message", new JsonObject
        {
            ["message_id"] = 6, ["date"] = 1, ["chat"] = new JsonObject { ["id"] = 7007, ["type"] = "private" }, ["sticker"] = new JsonObject { ["file_id"] = "x" },
        });
        var huge = _h.Bot.SendText(7007, "/help " + new string('x', 20_000));

        Assert.Contains("/filter", (await _h.AskAsync(7007, "/help")).Text);
        Assert.Single(_h.Replies(7007));
        var skipped = _logs.Entries.Where(e => e.Category.EndsWith("UpdateProcessor", StringComparison.Ordinal) && e.Message.StartsWith("Skipped", StringComparison.Ordinal)).ToList();
        Assert.Contains(skipped, e => e.Message.Contains($"{unknown} of unhandled kind edited_message"));
        Assert.Contains(skipped, e => e.Message.Contains($"{broken}: unreadable message") && e.Level == LogLevel.Warning);
        Assert.Contains(skipped, e => e.Message.Contains($"{sticker}: a message without text"));
        Assert.Contains(skipped, e => e.Message.Contains($"{huge}: a text of 20006 characters"));
    }

    [Fact]
    public async Task Stats_AdminAndOthers_CountsForAdminRefusalForOthers()
    {
        await _app.WaitForPollsAsync(1);
        await _h.AskAsync(6006, $"/subscribe {Source}");

        var stats = (await _h.AskAsync(BotHarness.AdminId, "/stats")).Text!;
        var refused = (await _h.AskAsync(6006, "/stats")).Text!;

        Assert.Contains("Cuộc trò chuyện: 3 (hoạt động 3, tạm dừng 0)", stats);
        Assert.Contains($"<code>{Source}</code>: 2", stats);
        Assert.Contains($"<code>{Source}</code>: 3 bài; lần lấy cuối", stats);
        Assert.Contains("thành công", stats);
        Assert.Contains("chỉ dành cho người quản trị bot", refused);
    }

    [Fact]
    public void Startup_SetMyCommands_VietnameseDefaultAndEnglish()
    {
        var calls = _h.Bot.CallsTo("setMyCommands");

        Assert.Equal(2, calls.Count);
        var vi = calls.Single(c => c.Body["language_code"] is null);
        var en = calls.Single(c => (string?)c.Body["language_code"] == "en");
        Assert.Equal("Trợ giúp", (string?)vi.Body["commands"]!.AsArray().Single(c => (string?)c!["command"] == "help")!["description"]);
        Assert.Equal("Help", (string?)en.Body["commands"]!.AsArray().Single(c => (string?)c!["command"] == "help")!["description"]);
        Assert.Single(_h.Bot.CallsTo("deleteWebhook"));
    }

    [Fact]
    public async Task Group_MigratedToSupergroup_MovesTheChatWithItsSubscriptions()
    {
        await _h.AskAsync(Group, $"/subscribe {Source}", fromId: Admin, chatType: "group");

        await _h.Bot.WaitForConfirmedAsync(_h.Bot.Enqueue("message", new JsonObject
        {
            ["message_id"] = 9, ["date"] = 1, ["chat"] = new JsonObject { ["id"] = Group, ["type"] = "group", ["title"] = "G" },
            ["migrate_to_chat_id"] = -1009003003,
        }));

        Assert.Equal(0, await _app.ScalarAsync($"SELECT COUNT(*) FROM telegram_chats WHERE chat_id = {Group}"));
        Assert.Equal(Source, await _app.TextAsync("SELECT source_id FROM telegram_subscriptions WHERE chat_id = -1009003003"));
    }

    [Fact]
    public async Task Group_ButtonPressedByNonAdministrator_ChangesNothing()
    {
        await _h.Bot.WaitForConfirmedAsync(_h.Bot.Enqueue("callback_query", new JsonObject
        {
            ["id"] = "cb-group", ["from"] = new JsonObject { ["id"] = Member, ["is_bot"] = false, ["first_name"] = "M" },
            ["message"] = new JsonObject { ["message_id"] = 3, ["date"] = 1, ["chat"] = new JsonObject { ["id"] = Group, ["type"] = "group" } },
            ["chat_instance"] = "1", ["data"] = "sub:" + Source,
        }));

        Assert.Contains("chỉ quản trị viên", (string?)_h.Bot.CallsTo("answerCallbackQuery").Single().Body["text"]);
        Assert.Empty(_h.Bot.CallsTo("editMessageText"));
        Assert.Equal(0, await _app.ScalarAsync($"SELECT COUNT(*) FROM telegram_subscriptions WHERE chat_id = {Group}"));
    }

    [Fact]
    public async Task Group_UnknownButton_AnsweredWithoutTheAdministratorCheck_KnownButtonStillChecked()
    {
        await _h.Bot.WaitForConfirmedAsync(_h.Bot.PressButton(Group, messageId: 3, "nut-la:1", fromId: Admin));

        Assert.Empty(MemberChecks());
        Assert.Null(Assert.Single(_h.Bot.CallsTo("answerCallbackQuery")).Body["text"]);

        await _h.Bot.WaitForConfirmedAsync(_h.Bot.PressButton(Group, messageId: 3, "sub:" + Source, fromId: Admin));

        Assert.Equal([Admin], MemberChecks().Select(c => (long?)c.Body["user_id"]));
        Assert.Equal(2, _h.Bot.CallsTo("answerCallbackQuery").Count);
        Assert.Equal(1, await _app.ScalarAsync($"SELECT COUNT(*) FROM telegram_subscriptions WHERE chat_id = {Group}"));
    }

    private IReadOnlyList<FeedBot.Testing.FakeTelegram.FakeBotCall> MemberChecks() =>
        [.. _h.Bot.CallsTo("getChatMember").Where(c => (long?)c.Body["chat_id"] == Group)];
}
