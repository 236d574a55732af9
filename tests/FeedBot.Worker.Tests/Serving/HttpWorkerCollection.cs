namespace FeedBot.Worker.Tests.Serving;

/// <summary>One real worker process shared by the serving tests that talk to it over HTTP.</summary>
[CollectionDefinition(Name)]
public sealed class HttpWorkerCollection : ICollectionFixture<HttpWorker>
{
    public const string Name = "HttpWorker";
}
