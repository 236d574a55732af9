using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage.Relational;

/// <summary>
/// A stored item re-tagged by a write that read its row back (<c>UPDATE … RETURNING</c>): the item as stored now, with
/// the tags it should have, whether it came from a backfill, and the change to its stored tags. All that an
/// <see cref="IPeopleTaggedListener"/> is told, with no further read.
/// </summary>
internal sealed record TaggedItem(FeedItem Item, bool IsBackfill, TagChange Change);
