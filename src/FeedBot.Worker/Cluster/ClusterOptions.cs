namespace FeedBot.Worker.Cluster;

/// <summary><c>FeedBot:Cluster</c>: how this instance is named in logs, <c>/healthz</c> and Quartz's cluster tables.</summary>
public sealed class ClusterOptions
{
    public const string SectionName = "FeedBot:Cluster";

    /// <summary>Unique per instance; empty means the host name and the process id (<c>web-1-4242</c>).</summary>
    public string? InstanceId { get; set; }

    public string EffectiveInstanceId =>
        string.IsNullOrWhiteSpace(InstanceId) ? $"{Environment.MachineName}-{Environment.ProcessId}" : InstanceId.Trim();
}
