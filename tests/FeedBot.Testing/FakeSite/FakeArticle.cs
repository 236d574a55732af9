namespace FeedBot.Testing.FakeSite;

/// <summary>An item of a <see cref="FakeListing"/>; its article page is served at <c>.../content/{Slug}</c>.</summary>
/// <param name="DateText">As the listing prints it, e.g. <c>Thứ Bẩy, ngày 26/04/2025 01:00</c>.</param>
/// <param name="BodyHtml">The article body's inner HTML (inside <c>.journal-content-article</c>).</param>
public sealed record FakeArticle(
    string Slug,
    string Title,
    string DateText,
    string? Summary = null,
    string? ImagePath = null,
    string BodyHtml = "<p><strong>Lead.</strong></p><p>Body.</p>",
    string ArticleDateText = "12/02/2025 | 08:11 AM");
