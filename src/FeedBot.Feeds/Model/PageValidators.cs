namespace FeedBot.Feeds.Model;

/// <summary>New conditional-GET validators for a listing page, saved with the poll that received them.</summary>
public sealed record PageValidators(string Url, HttpValidators Validators);
