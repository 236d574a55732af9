using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Scraping;

/// <summary>Counts what one poll saw, across the listing pages it walked.</summary>
internal sealed class PollTally
{
    public int? HttpStatus { get; set; }
    public int Seen { get; private set; }
    public int New { get; private set; }
    public int Updated { get; private set; }
    public List<FeedItem> NewItems { get; } = [];

    public void Add(SaveResult saved)
    {
        Seen += saved.Seen;
        New += saved.NewItems.Count;
        Updated += saved.Updated;
        NewItems.AddRange(saved.NewItems);
    }
}
