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
            await cache.GetOrRenderAsync(Key(version), Body, Rendered, default);
            Assert.True(cache.Count <= 3, $"{cache.Count} entries after {version} keys");
        }
    }

    [Fact]
    public async Task GetOrRender_ConcurrentRequestsForOneKey_RenderOnce()
    {
        using var cache = new RenderCache(Options.Create(new FeedOptions()));
        var gate = new TaskCompletionSource<RenderedResponse>(TaskCreationOptions.RunContinuationsAsynchronously);

        var requests = Enumerable.Range(0, 20).Select(_ => cache.GetOrRenderAsync(Key(1), gate, static g => g.Task, default).AsTask()).ToList();
        gate.SetResult(Body);
        var served = await Task.WhenAll(requests);

        Assert.Equal(1, cache.Renders);
        Assert.All(served, r => Assert.Same(Body, r));
    }

    [Fact]
    public async Task GetOrRender_RenderFailed_NextRequestRendersAgain()
    {
        using var cache = new RenderCache(Options.Create(new FeedOptions()));

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => cache.GetOrRenderAsync<RenderedResponse>(Key(1), Body, static _ => throw new InvalidOperationException("store down"), default).AsTask());
        var served = await cache.GetOrRenderAsync(Key(1), Body, Rendered, default);

        Assert.Same(Body, served);
        Assert.Equal(2, cache.Renders);
    }

    [Fact]
    public async Task GetOrRender_Rendered_AnswersSynchronouslyWithoutRenderingOrAllocating()
    {
        using var cache = new RenderCache(Options.Create(new FeedOptions()));
        var key = Key(1);
        await cache.GetOrRenderAsync(key, Body, Rendered, default);
        var hit = cache.GetOrRenderAsync(key, Body, Rendered, default);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            hit = cache.GetOrRenderAsync(key, Body, Rendered, default);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(hit.IsCompletedSuccessfully);
        Assert.Same(Body, await hit);
        Assert.Equal(1, cache.Renders);
        Assert.Equal(0, allocated);
    }

    private static Task<RenderedResponse> Rendered(RenderedResponse body) => Task.FromResult(body);

    private static RenderKey Key(long version) => new("rss", "moh-leadership", 50, "", "http://localhost/", version);
}
