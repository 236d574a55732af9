using FeedBot.Worker;
using FeedBot.Worker.Commands;

if (ScrapeCommand.Matches(args))
{
    return await ScrapeCommand.RunAsync(args);
}

if (MigrateStoreCommand.Matches(args))
{
    return await MigrateStoreCommand.RunAsync(args);
}

// The slim builder leaves out IIS, HTTP/3 and the regex route constraints the worker does not use (README, Memory);
// HTTPS endpoints configured under Kestrel keep working.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseKestrelHttpsConfiguration();
builder.AddFeedBotWorker();

var app = builder.Build();
app.MapFeedBotEndpoints();
await app.RunAsync();
return 0;

/// <summary>The worker's entry point; public so that tests can host it.</summary>
public partial class Program;
