namespace FeedBot.Testing.FakeSite;

/// <summary>
/// A listing whose items can change between polls: rendered in the site's markup, <see cref="PageSize"/> items a
/// page, paged by <see cref="PageParameter"/>. Every change moves <see cref="LastModified"/>. Thread-safe.
/// </summary>
public sealed class FakeListing
{
    private readonly Lock _gate = new();
    private readonly List<FakeArticle> _items = [];
    private readonly TimeProvider _time;

    internal FakeListing(string path, string instanceId, string pageParameter, int pageSize, TimeProvider time)
    {
        Path = path;
        InstanceId = instanceId;
        PageParameter = pageParameter;
        PageSize = pageSize;
        _time = time;
        LastModified = time.GetUtcNow();
    }

    public string Path { get; }

    public string InstanceId { get; }

    public string PageParameter { get; }

    public int PageSize { get; }

    public DateTimeOffset LastModified { get; private set; }

    public IReadOnlyList<FakeArticle> Items
    {
        get
        {
            lock (_gate)
            {
                return [.. _items];
            }
        }
    }

    /// <summary>Adds items at the end (older than those already listed).</summary>
    public FakeListing Add(params FakeArticle[] items) => Change(() => _items.AddRange(items));

    /// <summary>Puts a new item at the top, as the site does when it publishes.</summary>
    public FakeListing Publish(FakeArticle item) => Change(() => _items.Insert(0, item));

    public FakeListing Replace(string slug, Func<FakeArticle, FakeArticle> change) => Change(() =>
    {
        var index = _items.FindIndex(i => i.Slug == slug);
        if (index < 0)
        {
            throw new KeyNotFoundException($"The fake listing {Path} has no item '{slug}'.");
        }

        _items[index] = change(_items[index]);
    });

    public FakeListing Retitle(string slug, string title) => Replace(slug, i => i with { Title = title });

    public FakeListing Remove(string slug) => Change(() => _items.RemoveAll(i => i.Slug == slug));

    public FakeArticle? Find(string slug)
    {
        lock (_gate)
        {
            return _items.Find(i => i.Slug == slug);
        }
    }

    /// <summary>The HTML of page <paramref name="page"/> (1-based); past the end, a page with no items.</summary>
    public string RenderPage(int page, Uri siteBase)
    {
        lock (_gate)
        {
            var items = _items.Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize).ToList();
            return FakeSiteMarkup.Listing(this, items, page, siteBase);
        }
    }

    private FakeListing Change(Action change)
    {
        lock (_gate)
        {
            change();
            LastModified = _time.GetUtcNow();
        }

        return this;
    }
}
