using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FeedBot.Worker.Delivery;

/// <summary><c>GET /healthz/delivery</c>: the delivery health check as JSON (503 when unhealthy).</summary>
public static class DeliveryEndpoints
{
    public static IEndpointRouteBuilder MapDeliveryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/healthz").MapHealthChecks("/delivery", new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(DeliveryHealthCheck.Tag),
            ResponseWriter = WriteAsync,
        });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var entries = report.Entries.ToDictionary(
            e => e.Key,
            e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data });
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), entries }));
    }
}
