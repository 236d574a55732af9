using System.Security.Cryptography;

namespace FeedBot.Testing.FakeSite;

/// <summary>A body the fake site serves, with its strong ETag (content hash) and Last-Modified.</summary>
internal sealed record FakeResource(byte[] Body, string ContentType, DateTimeOffset LastModified)
{
    public string ETag { get; } = "\"" + Convert.ToHexStringLower(SHA256.HashData(Body))[..16] + "\"";
}
