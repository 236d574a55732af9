using FeedBot.Worker.Telegram.Conversation;

namespace FeedBot.Worker.Tests.Telegram.Conversation;

public sealed class CommandLineTests
{
    [Fact]
    public void Parse_AddressedCommandWithArguments_SplitsNameBotAndArgs()
    {
        var line = CommandLine.Parse("/Filter@FeedBot_bot  moh-leadership  bạch mai -covid ");

        Assert.Equal("filter", line!.Name);
        Assert.Equal("FeedBot_bot", line.Addressee);
        Assert.Equal(["moh-leadership", "bạch", "mai", "-covid"], line.Args);
        Assert.Equal("moh-leadership  bạch mai -covid", line.Rest);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("xin chào /start")]
    public void Parse_NotACommand_ReturnsNull(string? text)
    {
        Assert.Null(CommandLine.Parse(text));
    }
}
