namespace FeedBot.Worker.Serving;

/// <summary>One representation of a rendered body, as sent: its bytes, its strong quoted tag and its content coding
/// (<c>null</c> for identity).</summary>
public sealed record EncodedBody(byte[] Body, string ETag, string? Coding);
