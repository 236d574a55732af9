using FeedBot.Feeds.Storage;
using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Telegram.Storage;
using FeedBot.Worker.Jobs;
using FeedBot.Worker.Metrics;
using FeedBot.Worker.Telegram;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Delivery's one registration: options, pacing, the outbox (its schema, stores for either provider, writer), the delivery loop, chat events,
/// source health alerts, and the health check. The loop stays idle when Telegram is off (no bot token).
/// </summary>
public static class DeliveryRegistration
{
    public static IServiceCollection AddFeedBotDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();

        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<DeliveryState>();
        services.AddSingleton<DeliveryPacer>();
        services.AddSingleton<DeliveryBackoff>();
        services.AddDeliveryStorage();
        services.AddSingleton<OutboxNotices>();
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<INewItemListener>(sp => sp.GetRequiredService<OutboxWriter>());
        services.AddSingleton<IPeopleTaggedListener>(sp => sp.GetRequiredService<OutboxWriter>());
        services.AddSingleton<IChatDependents, DeliveryChatDependents>();

        services.AddSingleton<DeliverySender>();
        services.AddSingleton<OutboxSnapshot>();
        services.AddSingleton<IGaugeSource>(sp => sp.GetRequiredService<OutboxSnapshot>());
        services.AddSingleton<DeliveryMetrics>();
        services.AddSingleton<DeliveryFailureHandler>();
        services.AddSingleton<DeliveryAttempt>();
        services.AddHostedService<DeliveryLoop>();
        services.AddSingleton<IPollObserver, SourceHealthMonitor>();
        services.AddSingleton<IChatEvents, DeliveryChatEvents>();
        services.AddSingleton<IRequestedItems, RequestedDeliveries>();
        services.AddSingleton<IStatsContributor, DeliveryStatsContributor>();
        services.AddHealthChecks().AddCheck<DeliveryHealthCheck>("telegram-delivery", tags: [DeliveryHealthCheck.Tag]);
        return services;
    }
}
