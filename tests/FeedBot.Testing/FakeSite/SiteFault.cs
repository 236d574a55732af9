namespace FeedBot.Testing.FakeSite;

/// <summary>What kind of failure <see cref="FakeMinistrySite"/> injects for a path.</summary>
public enum SiteFaultKind
{
    /// <summary>Answer with <see cref="SiteFault.Status"/> (500, 503 or 429 with <c>Retry-After</c>, 404...).</summary>
    Status,

    /// <summary>Wait <see cref="SiteFault.Delay"/> before answering normally (beyond a client's timeout).</summary>
    Delay,

    /// <summary>Abort the connection before any response bytes (connection reset).</summary>
    Reset,

    /// <summary>Declare the full Content-Length, write half the page, then abort.</summary>
    Truncate,

    /// <summary>Answer an HTML body of <see cref="SiteFault.Bytes"/> bytes, with or without Content-Length.</summary>
    Oversize,

    /// <summary>Answer PNG bytes labelled <c>image/png</c>.</summary>
    Image,

    /// <summary>Answer PNG bytes mislabelled <c>text/html</c>.</summary>
    BinaryAsHtml,

    /// <summary>Answer 200 with <see cref="SiteFault.Html"/> instead of the page (e.g. a maintenance page).</summary>
    Page,
}

/// <summary>A failure to inject for a path; see the factory methods.</summary>
public sealed record SiteFault(SiteFaultKind Kind)
{
    public int Status { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Sent as an HTTP date in <c>Retry-After</c> (instead of <see cref="RetryAfter"/>'s seconds).</summary>
    public DateTimeOffset? RetryAfterDate { get; init; }

    public TimeSpan Delay { get; init; }

    public long Bytes { get; init; }

    public bool DeclareLength { get; init; } = true;

    public string Html { get; init; } = "";

    public static SiteFault HttpStatus(int status, TimeSpan? retryAfter = null) =>
        new(SiteFaultKind.Status) { Status = status, RetryAfter = retryAfter };

    public static SiteFault ServerError() => HttpStatus(500);

    public static SiteFault Unavailable(TimeSpan retryAfter) => HttpStatus(503, retryAfter);

    /// <summary>503 (or <paramref name="status"/>, e.g. 429) with <c>Retry-After: &lt;HTTP date&gt;</c>.</summary>
    public static SiteFault UnavailableUntil(DateTimeOffset until, int status = 503) =>
        new(SiteFaultKind.Status) { Status = status, RetryAfterDate = until };

    public static SiteFault Slow(TimeSpan delay) => new(SiteFaultKind.Delay) { Delay = delay };

    public static SiteFault ConnectionReset() => new(SiteFaultKind.Reset);

    public static SiteFault TruncatedBody() => new(SiteFaultKind.Truncate);

    public static SiteFault OversizeBody(long bytes, bool declareLength = true) =>
        new(SiteFaultKind.Oversize) { Bytes = bytes, DeclareLength = declareLength };

    public static SiteFault NotHtml() => new(SiteFaultKind.Image);

    public static SiteFault BinaryLabelledHtml() => new(SiteFaultKind.BinaryAsHtml);

    /// <summary>A page other than the one asked for, served 200 as UTF-8 HTML.</summary>
    public static SiteFault OtherPage(string html) => new(SiteFaultKind.Page) { Html = html };
}
