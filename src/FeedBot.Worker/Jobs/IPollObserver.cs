using FeedBot.Feeds.Model;

namespace FeedBot.Worker.Jobs;

/// <summary>Told about every finished poll (e.g. to raise a source health alert). A failure here never fails the poll.</summary>
public interface IPollObserver
{
    Task OnPolledAsync(PollRecord poll, CancellationToken cancellationToken);
}
