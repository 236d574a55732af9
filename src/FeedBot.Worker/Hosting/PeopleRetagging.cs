using FeedBot.Feeds.People;

namespace FeedBot.Worker.Hosting;

/// <summary>
/// Re-tags stored items in the background at start-up when <c>FeedBot:People</c> changed (<see cref="PeopleRetagger"/>),
/// after the schema migration and without holding up the jobs, the bot or the feeds. A failure is logged; the next
/// start-up tries again (the fingerprint is saved only when every item is done).
/// </summary>
internal sealed class PeopleRetagging(PeopleRetagger retagger, ILogger<PeopleRetagging> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await retagger.RetagAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Re-tagging stopped by shut-down; it resumes at the next start-up");
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Re-tagging stored items with the people list failed; it is tried again at the next start-up");
        }
    }
}
