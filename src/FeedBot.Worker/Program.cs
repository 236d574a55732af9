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

var builder = WebApplication.CreateBuilder(args);
builder.AddFeedBotWorker();

var app = builder.Build();
app.MapFeedBotEndpoints();
await app.RunAsync();
return 0;

/// <summary>The worker's entry point; public so that tests can host it.</summary>
public partial class Program;
