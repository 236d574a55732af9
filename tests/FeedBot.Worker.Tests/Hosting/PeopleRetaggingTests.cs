using FeedBot.Feeds.People;
using FeedBot.Feeds.Storage;
using FeedBot.Testing;
using FeedBot.Testing.Storage;
using FeedBot.Worker.Tests.Endpoints;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Worker.Tests.Hosting;

/// <summary>The worker re-tags stored items in the background at start-up when the people list changed, on both providers.</summary>
public sealed class PeopleRetaggingTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task StartUp_PeopleListChangedSinceTagsWereStored_RetagsInTheBackground(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (await FeedHost.StartAsync([], store))
        {
        }

        await store.ExecuteAsync("DELETE FROM item_people");
        await store.ExecuteAsync("UPDATE people_tagging SET fingerprint = 'an older list'");

        await using var host = await FeedHost.StartAsync([], store);

        await Conditions.WaitAsync(
            async () => await store.TextAsync("SELECT fingerprint FROM people_tagging") == host.App.Services.GetRequiredService<ItemTagger>().Fingerprint,
            TimeSpan.FromSeconds(60), "the re-tagging saved the current fingerprint");
        var items = (await host.Store.GetLatestAsync(FeedHost.SourceId, 10, default)).ToDictionary(i => i.Key, i => i.PersonIds);
        Assert.Equal(["dao-hong-lan"], items["bo-truong-tiep-who"]);
        Assert.Equal(["do-xuan-tuyen"], items["thu-truong-kiem-tra"]);
        Assert.Empty(items["hop-giao-ban"]);
    }
}
