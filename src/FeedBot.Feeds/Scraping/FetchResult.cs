using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Scraping;

/// <summary>A successful fetch: a page, or <see cref="NotModified"/> (304) with no body.</summary>
/// <param name="Validators">The response's <c>ETag</c> / <c>Last-Modified</c>, to send on the next fetch.</param>
/// <param name="FinalUri">The URL after redirects; resolve relative links against it.</param>
public sealed record FetchResult(int StatusCode, bool NotModified, string? Html, HttpValidators Validators, Uri FinalUri);
