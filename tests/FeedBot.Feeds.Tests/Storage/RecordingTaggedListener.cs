using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;

namespace FeedBot.Feeds.Tests.Storage;

/// <summary>Records every <see cref="IPeopleTaggedListener"/> call.</summary>
internal sealed class RecordingTaggedListener : IPeopleTaggedListener
{
    private readonly List<(FeedItem Item, IReadOnlyList<string> Added, bool IsBackfill)> _calls = [];

    public IReadOnlyList<(FeedItem Item, IReadOnlyList<string> Added, bool IsBackfill)> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public Task OnPeopleTaggedAsync(IStoreTransaction transaction, FeedItem item, IReadOnlyList<string> added, bool isBackfill, CancellationToken cancellationToken)
    {
        lock (_calls)
        {
            _calls.Add((item, added, isBackfill));
        }

        return Task.CompletedTask;
    }
}
