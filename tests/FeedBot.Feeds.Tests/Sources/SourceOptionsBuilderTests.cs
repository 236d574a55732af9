using System.Text.Json;
using FeedBot.Feeds.Sources;
using FeedBot.Testing.Builders;
using Microsoft.Extensions.Configuration;

namespace FeedBot.Feeds.Tests.Sources;

public sealed class SourceOptionsBuilderTests
{
    [Fact]
    public void MohLeadership_ComparedWithShippedAppsettings_Identical()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Fixture.ShippedAppSettings).Build();
        var shipped = configuration.GetSection("FeedBot:Sources:0").Get<SourceOptions>()!;

        var built = SourceOptionsBuilder.MohLeadership().Build();

        Assert.Equal(JsonSerializer.Serialize(shipped), JsonSerializer.Serialize(built));
        Assert.Equal("moh-leadership", built.Id);
    }

    [Fact]
    public void MohLeadership_PassesTheSourceValidator()
    {
        var options = new SourcesOptions { Sources = [SourceOptionsBuilder.MohLeadership().Build()] };

        var result = new SourcesOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
    }
}
