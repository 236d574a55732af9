using FeedBot.Feeds;
using FeedBot.Worker.Cluster;
using FeedBot.Worker.Delivery;
using FeedBot.Worker.Endpoints;
using FeedBot.Worker.Hosting;
using FeedBot.Worker.Jobs;
using FeedBot.Worker.Metrics;
using FeedBot.Worker.Telegram;

namespace FeedBot.Worker;

/// <summary>The worker's one registration: configuration, the library, hosting, the cluster, jobs, the Telegram bot, delivery, metrics, endpoints.</summary>
public static class WorkerRegistration
{
    public static IHostApplicationBuilder AddFeedBotWorker(this IHostApplicationBuilder builder)
    {
        AppSettingsLocator.Apply(builder.Configuration, builder.Environment);
        builder.AddFeedBotHosting();
        builder.Services.AddFeedBotFeeds();
        builder.AddFeedBotCluster();
        builder.AddFeedBotJobs();
        builder.Services.AddFeedBotEndpoints();
        builder.AddFeedBotTelegram();
        builder.Services.AddFeedBotDelivery();
        builder.AddFeedBotMetrics();
        return builder;
    }

    public static WebApplication MapFeedBotEndpoints(this WebApplication app)
    {
        app.UseFeedBotEndpoints();
        app.MapTelegramEndpoints();
        app.MapMetricsEndpoints();
        return app;
    }
}
