namespace FeedBot.Worker.Tests.Cluster;

/// <summary>Cluster tests start three worker processes each: they run one at a time, not beside each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "Cluster";
}
