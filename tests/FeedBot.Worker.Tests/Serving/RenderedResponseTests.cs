using FeedBot.Worker.Serving;

namespace FeedBot.Worker.Tests.Serving;

public sealed class RenderedResponseTests
{
    [Fact]
    public void Create_SameBody_SameStrongETagAndWholeSecondLastModified()
    {
        var at = new DateTimeOffset(2025, 6, 30, 7, 43, 12, 345, TimeSpan.Zero);

        var first = RenderedResponse.Create([1, 2, 3], "x", at, TimeSpan.Zero);
        var second = RenderedResponse.Create([1, 2, 3], "x", at.AddHours(1), TimeSpan.Zero);

        Assert.Equal(first.Identity.ETag, second.Identity.ETag);
        Assert.NotEqual(first.Identity.ETag, RenderedResponse.Create([1, 2, 4], "x", at, TimeSpan.Zero).Identity.ETag);
        Assert.Equal(new DateTimeOffset(2025, 6, 30, 7, 43, 12, TimeSpan.Zero), first.LastModified);
    }
}
