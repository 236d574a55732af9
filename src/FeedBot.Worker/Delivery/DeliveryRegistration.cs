using FeedBot.Feeds.Storage;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Delivery;

/// <summary>Delivery's one registration: options, pacing, the outbox (writer, stores), statistics.</summary>
public static class DeliveryRegistration
{
    public static IServiceCollection AddFeedBotDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();

        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<DeliveryPacer>();
        services.AddSingleton<DeliveryBackoff>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<ChatOutboxStore>();
        services.AddSingleton<DeliveryStatsReader>();
        services.AddSingleton<INewItemListener, OutboxWriter>();
        return services;
    }
}
