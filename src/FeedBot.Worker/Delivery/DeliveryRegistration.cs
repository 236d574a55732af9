using FeedBot.Feeds.Storage;
using FeedBot.Worker.Jobs;
using FeedBot.Worker.Telegram;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Delivery's one registration: options, pacing, the outbox (writer, stores), the delivery loop, chat events,
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
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<ChatOutboxStore>();
        services.AddSingleton<SourceAlertStore>();
        services.AddSingleton<DeliveryStatsReader>();
        services.AddSingleton<INewItemListener, OutboxWriter>();

        services.AddSingleton<DeliverySender>();
        services.AddSingleton<DeliveryFailureHandler>();
        services.AddHostedService<DeliveryLoop>();
        services.AddSingleton<IPollObserver, SourceHealthMonitor>();
        services.AddSingleton<IChatEvents, DeliveryChatEvents>();
        services.AddSingleton<IStatsContributor, DeliveryStatsContributor>();
        services.AddHealthChecks().AddCheck<DeliveryHealthCheck>("telegram-delivery", tags: [DeliveryHealthCheck.Tag]);
        return services;
    }
}
