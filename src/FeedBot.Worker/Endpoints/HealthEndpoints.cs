using FeedBot.Worker.Health;

namespace FeedBot.Worker.Endpoints;

/// <summary><c>GET /healthz</c>: per-source poll status; 200 while every enabled source is polling successfully, else 503.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/healthz").WithTags("Health").MapMethods("/", [HttpMethods.Get, HttpMethods.Head], CheckAsync);
        return app;
    }

    private static async Task<IResult> CheckAsync(HttpResponse response, HealthReporter reporter, CancellationToken cancellationToken)
    {
        var report = await reporter.CheckAsync(cancellationToken);
        response.Headers.CacheControl = "no-store";
        return Results.Json(report, statusCode: report.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
