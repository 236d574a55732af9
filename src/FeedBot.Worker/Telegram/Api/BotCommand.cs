namespace FeedBot.Worker.Telegram.Api;

/// <summary>A command shown in Telegram's menu.</summary>
public sealed record BotCommand(string Command, string Description);
