// An empty ASP.NET Core app built like the worker (slim builder, HTTPS configuration, one route): what any host of the
// design card costs before FeedBot adds anything. Listens on ASPNETCORE_URLS.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseKestrelHttpsConfiguration();
var app = builder.Build();
app.MapGet("/", () => "ok");
await app.RunAsync();
