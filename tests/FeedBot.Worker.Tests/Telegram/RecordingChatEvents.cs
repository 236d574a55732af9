using System.Collections.Concurrent;
using FeedBot.Worker.Telegram;

namespace FeedBot.Worker.Tests.Telegram;

/// <summary>An <see cref="IChatEvents"/> that records what the bot raised, e.g. "resumed:42".</summary>
public sealed class RecordingChatEvents : IChatEvents
{
    private readonly ConcurrentQueue<string> _events = new();

    public IReadOnlyList<string> Events => [.. _events];

    public Task OnResumedAsync(long chatId, CancellationToken cancellationToken)
    {
        _events.Enqueue($"resumed:{chatId}");
        return Task.CompletedTask;
    }
}
