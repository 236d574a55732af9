namespace FeedBot.Worker.Serving;

/// <summary>The content codings a rendered body is kept in; what <see cref="AcceptEncoding.Choose"/> picks.</summary>
public enum ContentCoding
{
    /// <summary>No coding acceptable to the client: 406.</summary>
    NotAcceptable,
    Identity,
    Gzip,
    Brotli,
}
