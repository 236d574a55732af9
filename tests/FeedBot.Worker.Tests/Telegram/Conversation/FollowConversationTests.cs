using FeedBot.Feeds.Storage;
using FeedBot.Testing.FakeTelegram;
using FeedBot.Worker.Tests.Delivery;

namespace FeedBot.Worker.Tests.Telegram.Conversation;

/// <summary>/follow, /unfollow and /list as a person uses them, through the real worker and the fake Bot API, on both providers.</summary>
public abstract class FollowConversationTests(StorageProvider provider) : IAsyncLifetime
{
    private const long User = 601;
    private static readonly string[] Ids = ["dao-hong-lan", "tran-van-thuan", "do-xuan-tuyen", "nguyen-tri-thuc", "nguyen-thi-lien-huong"];
    private DeliveryWorld _world = null!;

    public async Task InitializeAsync() => _world = await DeliveryWorld.StartAsync(provider: provider);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Follow_WithoutAnId_ShowsAToggleButtonPerPersonThatFollowsAndRedraws()
    {
        var buttons = await SayAsync("/follow");
        Assert.Contains("Theo dõi lãnh đạo", buttons.Text);
        Assert.Equal(Ids.Select(id => "fol:" + id), buttons.ButtonData);

        await PressAsync(1001, "fol:tran-van-thuan");
        var followed = _world.Bot.CallsTo("editMessageText").Single();
        await PressAsync(1001, "unfol:tran-van-thuan");
        var unfollowed = _world.Bot.CallsTo("editMessageText")[^1];

        var answers = _world.Bot.CallsTo("answerCallbackQuery").Select(c => (string?)c.Body["text"]).ToList();
        Assert.Equal(["Đã theo dõi Trần Văn Thuấn: bạn sẽ nhận mọi bài nhắc đến người này.", "Đã bỏ theo dõi Trần Văn Thuấn."], answers);
        Assert.Equal(1001, (long?)followed.Body["message_id"]);
        Assert.Contains("unfol:tran-van-thuan", followed.ButtonData);
        Assert.Contains("✅ Bỏ theo dõi: Trần Văn Thuấn (Thứ trưởng)", followed.Body["reply_markup"]!.ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Equal(Ids.Select(id => "fol:" + id), unfollowed.ButtonData);
        Assert.Equal(0, await _world.ScalarAsync($"SELECT COUNT(*) FROM telegram_follows WHERE chat_id = {User}"));
    }

    [Fact]
    public async Task Follow_ButtonInAGroup_FromANonAdministrator_ChangesNothing()
    {
        const long group = -100555;
        _world.Bot.SetMemberStatus(group, 88, "member");

        await _world.Bot.WaitForConfirmedAsync(_world.Bot.PressButton(group, 1001, "fol:dao-hong-lan", fromId: 88));

        Assert.Contains("quản trị viên", (string?)_world.Bot.CallsTo("answerCallbackQuery").Single().Body["text"]);
        Assert.Empty(_world.Bot.CallsTo("editMessageText"));
        Assert.Equal(0, await _world.ScalarAsync("SELECT COUNT(*) FROM telegram_follows"));
    }

    [Fact]
    public async Task Follow_UnknownId_AnswersWithTheKnownIdsAndStoresNothing()
    {
        var vietnamese = await SayAsync("/follow bo-truong");
        var english = await SayAsync("/unfollow bo-truong", "en");

        Assert.Contains("Không có người nào có mã “bo-truong”", vietnamese.Text);
        Assert.Contains("There is no person with id “bo-truong”", english.Text);
        Assert.All(Ids, id => Assert.Contains(id, vietnamese.Text));
        Assert.All(Ids, id => Assert.Contains(id, english.Text));
        Assert.Contains("Cách dùng: /follow", vietnamese.Text);
        Assert.Contains("Usage: /unfollow", english.Text);
        Assert.Contains("Thiếu mã người", (await SayAsync("/unfollow")).Text);
        Assert.Equal(0, await _world.ScalarAsync("SELECT COUNT(*) FROM telegram_follows"));
    }

    [Fact]
    public async Task FollowAndUnfollowById_ThenList_ShowsTheFollows()
    {
        Assert.Contains("Đã theo dõi Đào Hồng Lan", (await SayAsync("/follow Dao-Hong-Lan")).Text);
        Assert.Contains("Bạn đã theo dõi Đào Hồng Lan rồi", (await SayAsync("/follow dao-hong-lan")).Text);
        Assert.Contains("Following Nguyễn Tri Thức", (await SayAsync("/follow nguyen-tri-thuc", "en")).Text);

        var list = await SayAsync("/list");
        var english = await SayAsync("/list", "en");
        Assert.Contains("Đã bỏ theo dõi Đào Hồng Lan", (await SayAsync("/unfollow dao-hong-lan")).Text);
        Assert.Contains("Bạn chưa theo dõi Đào Hồng Lan", (await SayAsync("/unfollow dao-hong-lan")).Text);

        Assert.Equal(
            "<b>Người bạn theo dõi</b>\n• Đào Hồng Lan, Bộ trưởng (<code>dao-hong-lan</code>)\n• Nguyễn Tri Thức, Thứ trưởng (<code>nguyen-tri-thuc</code>)",
            list.Text);
        Assert.StartsWith("<b>People you follow</b>", english.Text);
        Assert.Equal(["nguyen-tri-thuc"], await _world.QueryAsync<string>($"SELECT person_id FROM telegram_follows WHERE chat_id = {User}"));
    }

    private async Task<FakeBotCall> SayAsync(string text, string language = "vi")
    {
        var before = _world.Bot.CallsTo("sendMessage").Count;
        await _world.Bot.WaitForConfirmedAsync(_world.Bot.SendText(User, text, languageCode: language));
        return Assert.Single(_world.Bot.CallsTo("sendMessage").Skip(before), c => c.ChatId == User);
    }

    private Task PressAsync(long messageId, string data) => _world.Bot.WaitForConfirmedAsync(_world.Bot.PressButton(User, messageId, data));
}

public sealed class SqliteFollowConversationTests() : FollowConversationTests(StorageProvider.Sqlite);

public sealed class PostgresFollowConversationTests() : FollowConversationTests(StorageProvider.Postgres);
