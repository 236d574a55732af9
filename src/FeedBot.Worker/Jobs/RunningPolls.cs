using System.Collections.Concurrent;

namespace FeedBot.Worker.Jobs;

/// <summary>The sources this instance is polling right now (in a cluster Quartz gives each fire to one instance).</summary>
public sealed class RunningPolls
{
    private readonly ConcurrentDictionary<string, int> _running = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Current => [.. _running.Where(p => p.Value > 0).Select(p => p.Key).Order(StringComparer.Ordinal)];

    /// <summary>Marks <paramref name="sourceId"/> as polled here until the returned handle is disposed.</summary>
    public IDisposable Begin(string sourceId)
    {
        _running.AddOrUpdate(sourceId, 1, (_, n) => n + 1);
        return new Handle(() => _running.AddOrUpdate(sourceId, 0, (_, n) => n - 1));
    }

    private sealed class Handle(Action end) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                end();
            }
        }
    }
}
