using System.Text;
using FeedBot.Feeds.Model;
using FeedBot.Feeds.Scraping;
using FeedBot.Testing.FakeSite;

namespace FeedBot.Feeds.Tests.Scraping;

public sealed class SiteFetcherTests : IAsyncLifetime, IDisposable
{
    private const string Listing = "/hoat-dong-cua-lanh-dao-bo";
    private readonly FetcherHost _host = new(("FeedBot:Fetch:TimeoutSeconds", "5"), ("FeedBot:Fetch:MaxResponseBytes", "65536"));
    private FakeMinistrySite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await FakeMinistrySite.StartAsync();
        _site.SetPage(Listing, Fixture.Read("site/listing-vi-page1.html"));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task FetchAsync_Page_ReturnsHtmlValidatorsAndSendsUserAgent()
    {
        var result = await _host.Fetcher.FetchAsync(_site.Url(Listing), null, CancellationToken.None);

        Assert.Equal(200, result.StatusCode);
        Assert.False(result.NotModified);
        Assert.Equal(Fixture.Read("site/listing-vi-page1.html"), result.Html);
        Assert.StartsWith("\"", result.Validators.ETag);
        Assert.NotNull(result.Validators.LastModified);
        Assert.Equal(_site.Url(Listing), result.FinalUri);
        var request = Assert.Single(_site.Requests);
        Assert.Equal("FeedBot/1.0 (+https://github.com/feedbot/feedbot; RSS/Atom/JSON feeds and Telegram for moh.gov.vn)", request.UserAgent);
        Assert.Null(request.IfNoneMatch);
        Assert.Null(request.IfModifiedSince);
    }

    [Fact]
    public async Task FetchAsync_WithEtagFromLastFetch_SendsValidatorsAndMaps304()
    {
        var first = await _host.Fetcher.FetchAsync(_site.Url(Listing), null, CancellationToken.None);

        var second = await _host.Fetcher.FetchAsync(_site.Url(Listing), first.Validators, CancellationToken.None);

        Assert.Equal(304, second.StatusCode);
        Assert.True(second.NotModified);
        Assert.Null(second.Html);
        Assert.Equal(first.Validators, second.Validators);
        var request = _site.Requests[1];
        Assert.Equal(first.Validators.ETag, request.IfNoneMatch);
        Assert.Equal(first.Validators.LastModified!.Value.ToString("R"), request.IfModifiedSince);
    }

    [Fact]
    public async Task FetchAsync_OnlyLastModifiedKnown_SendsIfModifiedSinceAndMaps304()
    {
        var first = await _host.Fetcher.FetchAsync(_site.Url(Listing), null, CancellationToken.None);

        var second = await _host.Fetcher.FetchAsync(_site.Url(Listing), first.Validators with { ETag = null }, CancellationToken.None);

        Assert.True(second.NotModified);
        Assert.Null(_site.Requests[1].IfNoneMatch);
        Assert.NotNull(_site.Requests[1].IfModifiedSince);
    }

    [Fact]
    public async Task FetchAsync_PageChangedSinceValidators_Returns200WithNewBody()
    {
        var first = await _host.Fetcher.FetchAsync(_site.Url(Listing), null, CancellationToken.None);
        _site.SetPage(Listing, Fixture.Read("site/listing-vi-page2.html"));

        var second = await _host.Fetcher.FetchAsync(_site.Url(Listing), first.Validators, CancellationToken.None);

        Assert.False(second.NotModified);
        Assert.Equal(Fixture.Read("site/listing-vi-page2.html"), second.Html);
        Assert.NotEqual(first.Validators.ETag, second.Validators.ETag);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task FetchAsync_CompressedAnswer_Decompressed(string coding)
    {
        _site.Compression = coding;

        var result = await _host.Fetcher.FetchAsync(_site.Url(Listing), null, CancellationToken.None);

        Assert.Equal(Fixture.Read("site/listing-vi-page1.html"), result.Html);
        Assert.Equal(1, _site.CompressedResponses);
        Assert.Contains(coding, _site.Requests[0].AcceptEncoding);
    }

    [Fact]
    public async Task FetchAsync_CharsetInHeader_DecodedWithIt()
    {
        _site.SetPage("/latin", Encoding.Latin1.GetBytes("<html><body><p>Café Noël</p></body></html>"), "text/html; charset=iso-8859-1");

        var result = await _host.Fetcher.FetchAsync(_site.Url("/latin"), null, CancellationToken.None);

        Assert.Equal("<html><body><p>Café Noël</p></body></html>", result.Html);
    }

    [Fact]
    public async Task FetchAsync_CharsetOnlyInMeta_DecodedWithIt()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>€ “x”</body></html>";
        _site.SetPage("/meta", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(html), "text/html");

        var result = await _host.Fetcher.FetchAsync(_site.Url("/meta"), null, CancellationToken.None);

        Assert.Equal(html, result.Html);
    }

    [Fact]
    public async Task FetchAsync_Utf8ByteOrderMark_WinsOverWrongHeaderCharset()
    {
        _site.SetPage("/bom", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("<p>Bộ Y tế</p>")], "text/html; charset=iso-8859-1");

        var result = await _host.Fetcher.FetchAsync(_site.Url("/bom"), null, CancellationToken.None);

        Assert.Equal("<p>Bộ Y tế</p>", result.Html);
    }

    [Fact]
    public async Task FetchAsync_NoCharsetAnywhere_DecodedAsUtf8()
    {
        _site.SetPage("/plain", Encoding.UTF8.GetBytes("<p>Bộ Y tế</p>"), "text/html");

        var result = await _host.Fetcher.FetchAsync(_site.Url("/plain"), null, CancellationToken.None);

        Assert.Equal("<p>Bộ Y tế</p>", result.Html);
    }

    [Fact]
    public async Task FetchAsync_ServerError_HttpStatusWith500()
    {
        _site.InjectFault(Listing, SiteFault.ServerError());

        var ex = await FailAsync(FetchFailure.HttpStatus);

        Assert.Equal(500, ex.StatusCode);
        Assert.Null(ex.RetryAfter);
        Assert.Equal($"{_site.Url(Listing)} answered HTTP 500 Internal Server Error.", ex.Message);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task FetchAsync_UnavailableWithRetryAfter_CarriesRetryAfter(int status)
    {
        _site.InjectFault(Listing, SiteFault.HttpStatus(status, TimeSpan.FromSeconds(120)));

        var ex = await FailAsync(FetchFailure.HttpStatus);

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), ex.RetryAfter);
        Assert.Contains("retry after 120 s", ex.Message);
    }

    [Fact]
    public async Task FetchAsync_SlowerThanTimeout_TimeoutNamingTheSetting()
    {
        _site.InjectFault(Listing, SiteFault.Slow(TimeSpan.FromMinutes(2)));

        var ex = await FailAsync(FetchFailure.Timeout);

        Assert.Equal($"Fetching {_site.Url(Listing)} timed out after 5 s (FeedBot:Fetch:TimeoutSeconds).", ex.Message);
    }

    [Fact]
    public async Task FetchAsync_CallerCancels_ThrowsOperationCanceledNotFetchException()
    {
        _site.InjectFault(Listing, SiteFault.Slow(TimeSpan.FromMinutes(2)));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _host.Fetcher.FetchAsync(_site.Url(Listing), null, cts.Token));

        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    [Fact]
    public async Task FetchAsync_ConnectionReset_Network()
    {
        _site.InjectFault(Listing, SiteFault.ConnectionReset());

        var ex = await FailAsync(FetchFailure.Network);

        Assert.Contains(_site.Url(Listing).ToString(), ex.Message);
        Assert.Null(ex.StatusCode);
    }

    [Fact]
    public async Task FetchAsync_NothingListening_Network()
    {
        var url = _site.Url(Listing);
        await _site.DisposeAsync();

        var ex = await Assert.ThrowsAsync<FetchException>(() => _host.Fetcher.FetchAsync(url, null, CancellationToken.None));

        Assert.Equal(FetchFailure.Network, ex.Kind);
        Assert.StartsWith($"{url} could not be reached", ex.Message);
    }

    [Fact]
    public async Task FetchAsync_BodyCutShortOfContentLength_Truncated()
    {
        _site.InjectFault(Listing, SiteFault.TruncatedBody());

        var ex = await FailAsync(FetchFailure.Truncated);

        Assert.True(ex.Message.StartsWith($"The body of {_site.Url(Listing)} ended after", StringComparison.Ordinal), ex.ToString());
        Assert.Equal(200, ex.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FetchAsync_BodyOverCap_TooLargeNamingTheSetting(bool declareLength)
    {
        _site.InjectFault(Listing, SiteFault.OversizeBody(300_000, declareLength));

        var ex = await FailAsync(FetchFailure.TooLarge);

        Assert.Contains("above the cap of 65536 bytes (FeedBot:Fetch:MaxResponseBytes)", ex.Message);
        Assert.Contains(declareLength ? "it declares 300000 bytes" : "more than 65536 bytes arrived", ex.Message);
    }

    [Fact]
    public async Task FetchAsync_ImageContentType_NotHtml()
    {
        _site.InjectFault(Listing, SiteFault.NotHtml());

        var ex = await FailAsync(FetchFailure.NotHtml);

        Assert.Equal($"{_site.Url(Listing)} answered 'image/png', not an HTML page.", ex.Message);
    }

    [Fact]
    public async Task FetchAsync_BinaryBytesLabelledHtml_NotHtml()
    {
        _site.InjectFault(Listing, SiteFault.BinaryLabelledHtml());

        var ex = await FailAsync(FetchFailure.NotHtml);

        Assert.Contains("binary bytes labelled 'text/html'", ex.Message);
    }

    [Fact]
    public async Task FetchAsync_FaultForOneRequest_NextFetchRecovers()
    {
        _site.InjectFault(Listing, SiteFault.ServerError(), times: 1);

        await FailAsync(FetchFailure.HttpStatus);
        var result = await _host.Fetcher.FetchAsync(_site.Url(Listing), null, CancellationToken.None);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(2, _site.RequestCount(Listing));
    }

    private async Task<FetchException> FailAsync(FetchFailure expected)
    {
        var ex = await Assert.ThrowsAsync<FetchException>(() => _host.Fetcher.FetchAsync(_site.Url(Listing), null, CancellationToken.None));
        Assert.True(expected == ex.Kind, $"Expected {expected}, got {ex.Kind}: {ex}");
        Assert.Equal(_site.Url(Listing), ex.Url);
        return ex;
    }
}
