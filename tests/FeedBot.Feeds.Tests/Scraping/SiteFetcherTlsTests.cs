using FeedBot.Feeds.Scraping;
using FeedBot.Testing.FakeSite;

namespace FeedBot.Feeds.Tests.Scraping;

public sealed class SiteFetcherTlsTests
{
    [Fact]
    public async Task FetchAsync_UntrustedCertificateChain_TlsTellingOperatorToInstallIntermediate()
    {
        using var certificate = SelfSignedCertificate.ForLoopback();
        await using var site = await FakeMinistrySite.StartAsync(certificate: certificate);
        site.SetPage("/hoat-dong-cua-lanh-dao-bo", "<html><body>secret</body></html>");
        using var host = new FetcherHost();
        var url = site.Url("/hoat-dong-cua-lanh-dao-bo");

        var ex = await Assert.ThrowsAsync<FetchException>(() => host.Fetcher.FetchAsync(url, null, CancellationToken.None));

        Assert.Equal("https", url.Scheme);
        Assert.Equal(FetchFailure.Tls, ex.Kind);
        Assert.Equal(
            $"The TLS handshake with 127.0.0.1 failed for {url}: the site's certificate chain may be incomplete or untrusted. " +
            "Install the missing intermediate certificate in this machine's trust store; FeedBot never disables certificate verification.",
            ex.Message);
        Assert.Empty(site.Requests);
    }
}
