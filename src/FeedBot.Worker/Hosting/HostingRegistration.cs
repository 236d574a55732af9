using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Hosting;

/// <summary>Kestrel address and scheduling, HTTP options, the start-up schema migration and the background re-tagging it enables.</summary>
internal static class HostingRegistration
{
    public static void AddFeedBotHosting(this IHostApplicationBuilder builder)
    {
        var urls = builder.Configuration[$"{HttpOptions.SectionName}:Urls"];
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && !string.IsNullOrWhiteSpace(urls))
        {
            builder.Configuration["urls"] = urls;
        }

        builder.Services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.SectionName)
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl) || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out _),
                "FeedBot:Http:PublicBaseUrl must be an absolute URL such as https://feeds.example.org/ (or empty).")
            .ValidateOnStart();
        builder.Services.AddOptions<SocketTransportOptions>()
            .Configure<IOptions<HttpOptions>>((sockets, http) => sockets.UnsafePreferInlineScheduling = http.Value.InlineScheduling);

        // Registered before every other hosted service, so the schema exists before jobs and the bot start.
        builder.Services.AddHostedService<StorageInitializer>();
        builder.Services.AddHostedService<PeopleRetagging>();
    }
}
