using FeedBot.Feeds.People;
using FeedBot.Feeds.Tests.Scraping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.Tests.People;

/// <summary><c>FeedBot:People</c> in the shipped appsettings.json, through <c>AddFeedBotFeeds</c>.</summary>
public sealed class PeopleRegistrationTests
{
    [Fact]
    public void AddFeedBotFeeds_ShippedSettings_BindsTheLeadershipAndValidates()
    {
        using var host = new FetcherHost();

        host.ValidateOptions();
        var people = host.Get<IOptions<PeopleOptions>>().Value.People;

        Assert.Equal(
            [
                ("dao-hong-lan", "Đào Hồng Lan", "Bộ trưởng"),
                ("tran-van-thuan", "Trần Văn Thuấn", "Thứ trưởng"),
                ("do-xuan-tuyen", "Đỗ Xuân Tuyên", "Thứ trưởng"),
                ("nguyen-tri-thuc", "Nguyễn Tri Thức", "Thứ trưởng"),
                ("nguyen-thi-lien-huong", "Nguyễn Thị Liên Hương", "Thứ trưởng"),
            ],
            people.Select(p => (p.Id, p.Name, p.Role)));
        Assert.All(people, p => Assert.Empty(p.Aliases));
    }

    [Fact]
    public void ShippedSettings_PeopleSection_PassesTheValidatorDirectly()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Fixture.ShippedAppSettings).Build();
        var options = configuration.GetSection(PeopleOptions.SectionName).Get<PeopleOptions>()!;

        var result = new PeopleOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal(5, options.People.Count);
    }

    [Fact]
    public void AddFeedBotFeeds_PersonMatcher_IsOneSharedInstanceOverTheShippedPeople()
    {
        using var host = new FetcherHost();

        var matcher = host.Get<PersonMatcher>();

        Assert.Same(matcher, host.Get<PersonMatcher>());
        Assert.Equal(["dao-hong-lan"], matcher.MatchIds("Bộ trưởng Bộ Y tế Đào Hồng Lan tiếp và làm việc với UNICEF"));
    }

    [Theory]
    [InlineData("FeedBot:People:1:Id", "Tran Van Thuan", "FeedBot:People:1:Id: 'Tran Van Thuan' must be 1-48 characters of a-z, 0-9 or '-' (e.g. dao-hong-lan); Telegram's buttons carry it in 64 bytes.")]
    [InlineData("FeedBot:People:2:Id", "dao-hong-lan", "FeedBot:People:2:Id: 'dao-hong-lan' is already the id of FeedBot:People:0.")]
    [InlineData("FeedBot:People:3:Name", " ", "FeedBot:People:3:Name: a person needs a name.")]
    [InlineData("FeedBot:People:4:Aliases:0", "Nguyễn Tri Thức", "FeedBot:People:4:Aliases:0: 'Nguyễn Tri Thức' already tags another person, FeedBot:People:3:Name ('nguyen-tri-thuc'); a name or alias must name one person.")]
    public void AddFeedBotFeeds_BadPersonSetting_StartupValidationNamesTheKey(string key, string value, string message)
    {
        using var host = new FetcherHost((key, value));

        var ex = Assert.Throws<OptionsValidationException>(host.ValidateOptions);

        Assert.Equal([message], ex.Failures);
    }
}
