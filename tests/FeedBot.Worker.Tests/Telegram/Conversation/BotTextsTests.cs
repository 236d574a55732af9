using FeedBot.Worker.Telegram.Conversation;
using Telegram.Bot.Types;

namespace FeedBot.Worker.Tests.Telegram.Conversation;

public sealed class BotTextsTests
{
    private readonly BotTexts _texts = new();

    [Theory]
    [InlineData(BotTexts.Vietnamese)]
    [InlineData(BotTexts.English)]
    public void Load_EachLanguage_DefinesEveryKeyWithText(string language)
    {
        Assert.Equal(Enum.GetValues<TextKey>().Order(), _texts.KeysOf(language).Order());
        Assert.All(Enum.GetValues<TextKey>(), key => Assert.False(string.IsNullOrWhiteSpace(_texts.Raw(language, key)), $"{language}.{key} is empty"));
    }

    [Theory]
    [InlineData("en", BotTexts.English)]
    [InlineData("en-US", BotTexts.English)]
    [InlineData("vi", BotTexts.Vietnamese)]
    [InlineData("fr", BotTexts.Vietnamese)]
    [InlineData(null, BotTexts.Vietnamese)]
    public void LanguageOf_LanguageCode_EnglishOnlyForEn(string? code, string expected)
    {
        Assert.Equal(expected, BotTexts.LanguageOf(new User { Id = 1, LanguageCode = code }));
    }

    [Fact]
    public void Html_ArgumentWithMarkup_IsEscaped()
    {
        Assert.Equal("Đã đăng ký: &lt;b&gt;x&lt;/b&gt; &amp; y.", _texts.Html(BotTexts.Vietnamese, TextKey.Subscribed, "<b>x</b> & y"));
    }
}
