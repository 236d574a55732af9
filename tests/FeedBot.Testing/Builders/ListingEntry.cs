namespace FeedBot.Testing.Builders;

/// <summary>One item of a fake listing page, as the ministry's portal renders it.</summary>
/// <param name="Date">The date text exactly as the site prints it, e.g. <c>Thứ Bẩy, ngày 26/04/2025 01:00</c>.</param>
public sealed record ListingEntry(string Slug, string Title, string Date, string Summary = "", string? Image = null);
