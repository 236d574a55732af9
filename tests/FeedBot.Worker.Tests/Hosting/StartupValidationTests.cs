namespace FeedBot.Worker.Tests.Hosting;

/// <summary>Bad configuration stops start-up with a message naming the key.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("FeedBot:Sources:0:Selectors:Item", "div[", "FeedBot:Sources:0:Selectors:Item: 'div[' is not a valid CSS selector")]
    [InlineData("FeedBot:Sources:0:Selectors:Detail:Remove:0", ">>", "FeedBot:Sources:0:Selectors:Detail:Remove:0: '>>' is not a valid CSS selector")]
    [InlineData("FeedBot:Sources:0:Schedule", "every 5 minutes", "FeedBot:Sources:0:Schedule: 'every 5 minutes' is not a Quartz cron expression")]
    [InlineData("FeedBot:Sources:0:ClockTimeZone", "Mars/Olympus", "FeedBot:Sources:0:ClockTimeZone: 'Mars/Olympus' is not a known time zone")]
    [InlineData("FeedBot:Sources:0:ListingUrl", "moh.gov.vn/x", "FeedBot:Sources:0:ListingUrl: 'moh.gov.vn/x' is not an absolute http(s) URL")]
    [InlineData("FeedBot:Sources:0:Id", "Bad Id!", "FeedBot:Sources:0:Id: 'Bad Id!' must be")]
    [InlineData("FeedBot:Sources:0:Id", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "FeedBot:Sources:0:Id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' must be 1-48 characters")]
    [InlineData("FeedBot:Sources:0:IdentityPattern", "/content/[", "FeedBot:Sources:0:IdentityPattern:")]
    [InlineData("FeedBot:Fetch:MaxRetryAfterMinutes", "1441", "FeedBot:Fetch:MaxRetryAfterMinutes: 1441 is outside 1-1440")]
    [InlineData("FeedBot:Feeds:DefaultLimit", "0", "FeedBot:Feeds:DefaultLimit must be from 1 to FeedBot:Feeds:MaxLimit.")]
    [InlineData("FeedBot:Feeds:DefaultLimit", "500", "FeedBot:Feeds:DefaultLimit must be from 1 to FeedBot:Feeds:MaxLimit.")]
    [InlineData("FeedBot:Feeds:MaxLimit", "0", "FeedBot:Feeds:MaxLimit must be at least 1.")]
    [InlineData("FeedBot:Feeds:FilterWindow", "10", "FeedBot:Feeds:FilterWindow must be at least FeedBot:Feeds:MaxLimit.")]
    [InlineData("FeedBot:Feeds:CacheEntries", "0", "FeedBot:Feeds:CacheEntries must be at least 1.")]
    [InlineData("FeedBot:Feeds:CacheIdleMinutes", "0", "FeedBot:Feeds:CacheIdleMinutes must be at least 1.")]
    [InlineData("FeedBot:Storage:Provider", "Mongo", "FeedBot:Storage:Provider is 'Mongo'; it must be Sqlite (the default) or Postgres.")]
    [InlineData("FeedBot:Storage:Provider", "1", "FeedBot:Storage:Provider is '1'; it must be Sqlite (the default) or Postgres.")]
    [InlineData("FeedBot:Storage:Provider", "Postgres", "FeedBot:Storage:Provider is Postgres but FeedBot:Storage:Postgres:ConnectionString is empty")]
    [InlineData("FeedBot:Storage:Sqlite:Path", " ", "FeedBot:Storage:Sqlite:Path must name a database file.")]
    public async Task Start_BadConfiguration_FailsNamingTheKey(string key, string value, string expected)
    {
        var error = await WorkerAppFactory.StartupValidationFailureAsync(new Dictionary<string, string?> { [key] = value });

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("Database=feedbot;Username=feedbot", "FeedBot:Storage:Postgres:ConnectionString names no Host.")]
    [InlineData("Host=db;Bogus Key=1", "FeedBot:Storage:Postgres:ConnectionString is not a valid Npgsql connection string")]
    public async Task Start_BadPostgresConnectionString_FailsNamingTheKey(string connectionString, string expected)
    {
        var error = await WorkerAppFactory.StartupValidationFailureAsync(new Dictionary<string, string?>
        {
            ["FeedBot:Storage:Provider"] = "postgres",
            ["FeedBot:Storage:Postgres:ConnectionString"] = connectionString,
        });

        Assert.Contains(expected, error.Message);
    }
}
