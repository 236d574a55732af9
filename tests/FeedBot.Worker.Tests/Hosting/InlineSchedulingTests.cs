using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Tests.Hosting;

/// <summary><c>FeedBot:Http:InlineScheduling</c> reaches Kestrel's socket transport: on by default, off when configured.</summary>
public sealed class InlineSchedulingTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public void SocketTransport_InlineSchedulingSetting_IsKestrelsPreferInlineScheduling(string? value, bool expected)
    {
        var settings = new Dictionary<string, string?> { ["FeedBot:Sources:0:Enabled"] = "false" };
        if (value is not null)
        {
            settings["FeedBot:Http:InlineScheduling"] = value;
        }

        using var app = new WorkerAppFactory(settings);

        var sockets = app.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value;

        Assert.Equal(expected, sockets.UnsafePreferInlineScheduling);
    }
}
