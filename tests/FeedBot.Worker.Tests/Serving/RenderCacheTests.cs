using FeedBot.Worker.Serving;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Tests.Serving;

public sealed class RenderCacheTests
{
    private static readonly RenderedResponse Body = RenderedResponse.Create([1, 2, 3], "application/rss+xml; charset=utf-8", DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(5));

    [Fact]
    public async Task GetOrRender_ManyKeys_NeverHoldsMoreThanCacheEntries()
    {
        using var cache = new RenderCache(Options.Create(new FeedOptions { CacheEntries = 3 }));

        for (var version = 1; version <= 20; version++)
        {
            await cache.GetOrRenderAsync(Key(version), () => Task.FromResult(Body), default);
            Assert.True(cache.Count <= 3, $"{cache.Count} entries after {version} keys");
        }
    }

    [Fact]
    public async Task GetOrRender_ConcurrentRequestsForOneKey_RenderOnce()
    {
        using var cache = new RenderCache(Options.Create(new FeedOptions()));
        var gate = new TaskCompletionSource<RenderedResponse>(TaskCreationOptions.RunContinuationsAsynchronously);

        var requests = Enumerable.Range(0, 20).Select(_ => cache.GetOrRenderAsync(Key(1), () => gate.Task, default)).ToList();
        gate.SetResult(Body);
        var served = await Task.WhenAll(requests);

        Assert.Equal(1, cache.Renders);
        Assert.All(served, r => Assert.Same(Body, r));
    }

    [Fact]
    public async Task GetOrRender_RenderFailed_NextRequestRendersAgain()
    {
        using var cache = new RenderCache(Options.Create(new FeedOptions()));

        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetOrRenderAsync(Key(1), () => throw new InvalidOperationException("store down"), default));
        var served = await cache.GetOrRenderAsync(Key(1), () => Task.FromResult(Body), default);

        Assert.Same(Body, served);
        Assert.Equal(2, cache.Renders);
    }

    private static RenderKey Key(long version) => new("rss", "moh-leadership", 50, "", "http://localhost/", version);
}
