using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Serving;

/// <summary>
/// Rendered responses by <see cref="RenderKey"/>, bounded to <see cref="FeedOptions.CacheEntries"/> entries that expire
/// when idle. Concurrent requests for one key share one render; a failed render is not kept.
/// </summary>
public sealed class RenderCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly TimeSpan _idle;
    private int _renders;

    public RenderCache(IOptions<FeedOptions> options)
    {
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.CacheEntries });
        _idle = TimeSpan.FromMinutes(options.Value.CacheIdleMinutes);
    }

    /// <summary>How many renders ran (cache misses); lets tests and logs see that hits do no work.</summary>
    public int Renders => Volatile.Read(ref _renders);

    /// <summary>Responses held now; never more than <see cref="FeedOptions.CacheEntries"/>.</summary>
    public int Count => _cache.Count;

    /// <summary>
    /// The response for <paramref name="key"/>: one already rendered at once, synchronously and without allocating (the
    /// hot path); else the render running for it, or a new one of <paramref name="render"/>(<paramref name="state"/>).
    /// Pass what the render needs as <paramref name="state"/> to a static lambda, so that a hit builds no closure.
    /// </summary>
    public ValueTask<RenderedResponse> GetOrRenderAsync<TState>(
        RenderKey key, TState state, Func<TState, Task<RenderedResponse>> render, CancellationToken cancellationToken) =>
        _cache.TryGetValue(key, out Lazy<Task<RenderedResponse>>? pending) && pending!.IsValueCreated && pending.Value.IsCompletedSuccessfully
            ? new ValueTask<RenderedResponse>(pending.Value.Result)
            : new ValueTask<RenderedResponse>(RenderAsync(key, state, render, cancellationToken));

    private async Task<RenderedResponse> RenderAsync<TState>(
        RenderKey key, TState state, Func<TState, Task<RenderedResponse>> render, CancellationToken cancellationToken)
    {
        var pending = _cache.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = _idle;
            return new Lazy<Task<RenderedResponse>>(() =>
            {
                Interlocked.Increment(ref _renders);
                return render(state);
            });
        })!;

        try
        {
            return await pending.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _cache.Remove(key);
            throw;
        }
    }

    public void Dispose() => _cache.Dispose();
}
