using Telegram.Bot;
using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>The bot's own user (getMe), asked once and kept; its username tells which group commands are ours.</summary>
public sealed class BotProfile(ITelegramBotClient client)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private User? _me;

    public async Task<User> GetAsync(CancellationToken cancellationToken)
    {
        if (_me is not null)
        {
            return _me;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _me ??= await client.GetMe(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
