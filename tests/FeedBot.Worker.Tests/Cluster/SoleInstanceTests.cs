using System.Text.Json;
using FeedBot.Worker.Cluster;
using FeedBot.Worker.Tests.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Worker.Tests.Cluster;

/// <summary>With SQLite an instance is alone: it holds every role, and <c>/healthz</c> says so under its configured name.</summary>
public sealed class SoleInstanceTests
{
    [Fact]
    public async Task Healthz_SqliteWithABotToken_NamesTheInstanceAsSenderAndReceiverOutsideAnyCluster()
    {
        await using var world = await DeliveryWorld.StartAsync(new Dictionary<string, string> { ["FeedBot:Cluster:InstanceId"] = "solo-1" }!);
        using var http = world.App.CreateClient();

        using var json = JsonDocument.Parse(await (await http.GetAsync("/healthz")).Content.ReadAsStringAsync());
        var data = json.RootElement.GetProperty("checks").GetProperty("cluster").GetProperty("data");

        Assert.Equal("solo-1", data.GetProperty("instanceId").GetString());
        Assert.False(data.GetProperty("clustered").GetBoolean());
        Assert.True(data.GetProperty("deliverySender").GetBoolean());
        Assert.True(data.GetProperty("updateReceiver").GetBoolean());
        Assert.IsType<SoleInstanceLeadership>(world.App.Services.GetRequiredService<IClusterLeadership>());
    }

    [Fact]
    public void InstanceId_NotConfigured_IsTheHostNameAndProcessId()
    {
        var id = new ClusterOptions().EffectiveInstanceId;

        Assert.Equal($"{Environment.MachineName}-{Environment.ProcessId}", id);
        Assert.Equal("web-2", new ClusterOptions { InstanceId = " web-2 " }.EffectiveInstanceId);
    }
}
