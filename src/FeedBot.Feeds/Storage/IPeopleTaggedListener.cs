using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage;

/// <summary>
/// Runs inside the unit of work that adds person tags to a stored item after it was created: its article text arrived
/// or its title or summary was edited, and now names someone it did not. Not called for new items (those reach
/// <see cref="INewItemListener"/> with their tags) nor when the people list changes and stored items are re-tagged.
/// </summary>
public interface IPeopleTaggedListener
{
    /// <param name="item">The item as stored now, with all its <see cref="FeedItem.PersonIds"/>.</param>
    /// <param name="added">The ids the change added.</param>
    Task OnPeopleTaggedAsync(IStoreTransaction transaction, FeedItem item, IReadOnlyList<string> added, bool isBackfill, CancellationToken cancellationToken);
}
