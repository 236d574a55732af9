namespace FeedBot.Feeds.Writing;

/// <summary>Writes a <see cref="FeedDocument"/> in one format as UTF-8 (no byte order mark).</summary>
public interface IFeedWriter
{
    FeedFormat Format { get; }

    /// <summary>The media type without parameters, e.g. <c>application/rss+xml</c>.</summary>
    string MediaType { get; }

    void Write(FeedDocument document, Stream output);
}
