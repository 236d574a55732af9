using System.Diagnostics.CodeAnalysis;
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

    /// <summary>The response already rendered for <paramref name="key"/>, without waiting or rendering: the hot path.</summary>
    public bool TryGet(RenderKey key, [NotNullWhen(true)] out RenderedResponse? rendered)
    {
        rendered = _cache.TryGetValue(key, out Lazy<Task<RenderedResponse>>? pending) && pending!.IsValueCreated
            && pending.Value.IsCompletedSuccessfully ? pending.Value.Result : null;
        return rendered is not null;
    }

    public async Task<RenderedResponse> GetOrRenderAsync(RenderKey key, Func<Task<RenderedResponse>> render, CancellationToken cancellationToken)
    {
        var pending = _cache.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = _idle;
            return new Lazy<Task<RenderedResponse>>(() =>
            {
                Interlocked.Increment(ref _renders);
                return render();
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
