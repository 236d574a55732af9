using FeedBot.Feeds.People;
using static FeedBot.Feeds.Tests.People.PersonData;

namespace FeedBot.Feeds.Tests.People;

public sealed class PeopleOptionsValidatorTests
{
    private readonly PeopleOptionsValidator _validator = new();

    [Fact]
    public void Validate_DistinctPeople_Succeeds()
    {
        var result = Validate(
            Person("dao-hong-lan", "Đào Hồng Lan"),
            Person("nguyen-tri-thuc", "Nguyễn Tri Thức", "TS.BSCKII Nguyễn Tri Thức"));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_EmptyList_Succeeds()
    {
        Assert.True(Validate().Succeeded);
    }

    [Theory]
    [InlineData("Dao-Hong-Lan")]
    [InlineData("dao_hong_lan")]
    [InlineData("đào-hồng-lan")]
    [InlineData("dao hong lan")]
    [InlineData("")]
    public void Validate_BadId_NamesTheKey(string id)
    {
        var result = Validate(Person("do-xuan-tuyen", "Đỗ Xuân Tuyên"), Person(id, "Đào Hồng Lan"));

        Assert.Equal([$"FeedBot:People:1:Id: '{id}' must be 1-48 characters of a-z, 0-9 or '-' (e.g. dao-hong-lan); Telegram's buttons carry it in 64 bytes."], result.Failures);
    }

    [Fact]
    public void Validate_IdOf49Characters_Fails()
    {
        var id = new string('a', 49);

        var result = Validate(Person(id, "Đào Hồng Lan"));

        Assert.Equal([$"FeedBot:People:0:Id: '{id}' must be 1-48 characters of a-z, 0-9 or '-' (e.g. dao-hong-lan); Telegram's buttons carry it in 64 bytes."], result.Failures);
    }

    [Fact]
    public void Validate_DuplicateId_NamesBothKeys()
    {
        var result = Validate(Person("lan", "Đào Hồng Lan"), Person("thuc", "Nguyễn Tri Thức"), Person("lan", "Trần Văn Thuấn"));

        Assert.Equal(["FeedBot:People:2:Id: 'lan' is already the id of FeedBot:People:0."], result.Failures);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00A0\t")]
    [InlineData("...")]
    public void Validate_EmptyName_NamesTheKey(string name)
    {
        var result = Validate(Person("dao-hong-lan", name));

        Assert.Equal(["FeedBot:People:0:Name: a person needs a name."], result.Failures);
    }

    [Fact]
    public void Validate_EmptyAlias_NamesTheAliasKey()
    {
        var result = Validate(Person("dao-hong-lan", "Đào Hồng Lan"), Person("nguyen-tri-thuc", "Nguyễn Tri Thức", "Tri Thức", " "));

        Assert.Equal(["FeedBot:People:1:Aliases:1: an alias must not be empty (remove it)."], result.Failures);
    }

    [Fact]
    public void Validate_AliasIsAnotherPersonsName_NamesBothKeys()
    {
        var result = Validate(Person("dao-hong-lan", "Đào Hồng Lan"), Person("someone-else", "Nguyễn Văn A", "Đào Hồng Lan"));

        Assert.Equal(
            ["FeedBot:People:1:Aliases:0: 'Đào Hồng Lan' already tags another person, FeedBot:People:0:Name ('dao-hong-lan'); a name or alias must name one person."],
            result.Failures);
    }

    [Fact]
    public void Validate_SameNameInOtherCaseSpacingAndNormalization_IsTheSameName()
    {
        var decomposedUpper = "ĐÀO  HỒNG\u00A0LAN".Normalize(System.Text.NormalizationForm.FormD);

        var result = Validate(Person("dao-hong-lan", "Đào Hồng Lan"), Person("dao-hong-lan-2", decomposedUpper));

        Assert.Equal(
            [$"FeedBot:People:1:Name: '{decomposedUpper}' already tags another person, FeedBot:People:0:Name ('dao-hong-lan'); a name or alias must name one person."],
            result.Failures);
    }

    [Fact]
    public void Validate_NamesDifferingOnlyInDiacritics_AreDifferentPeople()
    {
        var result = Validate(Person("nguyen-tri-thuc", "Nguyễn Tri Thức"), Person("nguyen-tri-thuc-2", "Nguyễn Tri Thúc"));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_OnePersonsAliasRepeatingTheirName_IsAllowed()
    {
        var result = Validate(Person("dao-hong-lan", "Đào Hồng Lan", "đào hồng lan"));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Validate_SeveralErrors_ReportsEach()
    {
        var result = Validate(Person("Bad", ""), Person("ok", "Đỗ Xuân Tuyên", ""));

        Assert.Equal(
            [
                "FeedBot:People:0:Id: 'Bad' must be 1-48 characters of a-z, 0-9 or '-' (e.g. dao-hong-lan); Telegram's buttons carry it in 64 bytes.",
                "FeedBot:People:0:Name: a person needs a name.",
                "FeedBot:People:1:Aliases:0: an alias must not be empty (remove it).",
            ],
            result.Failures);
    }

    private Microsoft.Extensions.Options.ValidateOptionsResult Validate(params PersonOptions[] people) =>
        _validator.Validate(null, new PeopleOptions { People = [.. people] });
}
