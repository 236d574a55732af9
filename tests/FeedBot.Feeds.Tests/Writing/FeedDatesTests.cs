using FeedBot.Feeds.Writing;

namespace FeedBot.Feeds.Tests.Writing;

public sealed class FeedDatesTests
{
    [Fact]
    public void Rfc822_VietnamOffset_WritesGmt()
    {
        var vietnam = new DateTimeOffset(2025, 6, 30, 4, 55, 7, TimeSpan.FromHours(7));

        Assert.Equal("Sun, 29 Jun 2025 21:55:07 GMT", FeedDates.Rfc822(vietnam));
    }

    [Fact]
    public void Rfc3339_FractionalSecondsAndOffset_WritesWholeSecondsInUtc()
    {
        var vietnam = new DateTimeOffset(2025, 6, 30, 4, 55, 7, 900, TimeSpan.FromHours(7));

        Assert.Equal("2025-06-29T21:55:07Z", FeedDates.Rfc3339(vietnam));
    }
}
