using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Scraping;

/// <summary>Counts what one poll saw, across the listing pages it walked.</summary>
internal sealed class PollTally
{
    public int? HttpStatus { get; set; }
    public DateTimeOffset? NotBeforeUtc { get; set; }

    /// <summary>Page 1's validators when the site sent changed ones, saved with the poll record.</summary>
    public PageValidators? NewValidators { get; set; }
    public int Seen { get; private set; }
    public int New { get; private set; }
    public int Updated { get; private set; }
    public List<FeedItem> NewItems { get; } = [];
    public int EstimatedDates { get; private set; }
    public string? FirstEstimatedTitle { get; private set; }

    public void Add(SaveResult saved)
    {
        Seen += saved.Seen;
        New += saved.NewItems.Count;
        Updated += saved.Updated;
        NewItems.AddRange(saved.NewItems);
    }

    /// <summary>Counts saved items whose date was estimated (<see cref="ScrapedItem.PublishedEstimated"/>).</summary>
    public void NoteEstimated(IEnumerable<ScrapedItem> saved)
    {
        foreach (var item in saved.Where(i => i.PublishedEstimated))
        {
            EstimatedDates++;
            FirstEstimatedTitle ??= item.Title;
        }
    }
}
