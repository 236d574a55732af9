using System.Collections.Concurrent;
using FeedBot.Worker.Telegram;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Tests.Telegram;

/// <summary>An <see cref="IChatEvents"/> that records what the bot raised, e.g. "resumed:42".</summary>
public sealed class RecordingChatEvents : IChatEvents
{
    private readonly ConcurrentQueue<string> _events = new();

    public IReadOnlyList<string> Events => [.. _events];

    public Task OnResumedAsync(ChatTarget target, CancellationToken cancellationToken)
    {
        _events.Enqueue($"resumed:{target}");
        return Task.CompletedTask;
    }
}
