using FeedBot.Feeds.People;
using FeedBot.Feeds.Text;
using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Conversation;
using FeedBot.Worker.Telegram.Formatting;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Tests.Telegram.Formatting;

/// <summary>The real formatter with the real texts, <c>SendPhotos</c> as given and two of the shipped people.</summary>
public static class TestFormatter
{
    public static readonly PersonOptions Minister = new() { Id = "dao-hong-lan", Name = "Đào Hồng Lan", Role = "Bộ trưởng" };

    public static readonly PersonOptions Deputy = new() { Id = "nguyen-tri-thuc", Name = "Nguyễn Tri Thức", Role = "Thứ trưởng" };

    public static ItemMessageFormatter Create(bool sendPhotos = false) => new(
        Options.Create(new TelegramOptions { SendPhotos = sendPhotos }),
        Options.Create(new PeopleOptions { People = [Minister, Deputy] }),
        new ArticleText(new HtmlBlocks()),
        new BotTexts());
}
