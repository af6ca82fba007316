using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Clients;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Clients;

public sealed class EditTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_form_opens_with_the_saved_values_and_their_version()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);

        var page = await browser.GetAsync($"/Clients/Edit/{client.Id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Edit Juniper & Oak", page.Heading);
        Assert.Equal("Juniper & Oak", page.ValueOf("Input.Name"));
        Assert.Equal("Home brewers", page.ValueOf("Input.Audience"));
        Assert.Equal("warm, direct", page.ValueOf("Input.ToneWords"));
        Assert.Equal("FirstPersonSingular", page.ValueOf("Input.PointOfView"));
        Assert.Equal("Good coffee for **everyone**.", page.ValueOf("Input.CaresAbout"));
        Assert.Equal(client.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), page.ValueOf("Input.Version"));
        Assert.Null(page.Document.QuerySelector("#changed-while-editing"));
    }

    [Fact]
    public async Task A_valid_edit_is_saved_and_leads_back_to_the_details()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);

        var saved = await browser.SubmitAsync(await browser.GetAsync($"/Clients/Edit/{client.Id}"), new Dictionary<string, string>
        {
            ["Input.Name"] = "Juniper & Oak Roasters",
            ["Input.PointOfView"] = "SecondPerson",
            ["Input.StandingExpectations"] = "End with *one* tip.",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Clients/Details/{client.Id}", saved.Location);
        var stored = await LoadAsync(client.Id);
        Assert.Equal("Juniper & Oak Roasters", stored.Name);
        Assert.Equal(PointOfView.SecondPerson, stored.Voice.PointOfView);
        Assert.Equal("warm, direct", stored.Voice.ToneWords);
        Assert.Contains("<em>one</em>", stored.StandingExpectations.Html, StringComparison.Ordinal);
        Assert.Equal(client.Version + 1, stored.Version);
        Assert.Contains("Changes saved.", (await browser.GetAsync(saved.Location!)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_input_is_explained_beside_the_field_what_was_typed_stays_and_nothing_changes()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);

        var page = await browser.SubmitAsync(await browser.GetAsync($"/Clients/Edit/{client.Id}"), new Dictionary<string, string>
        {
            ["Input.Name"] = string.Empty,
            ["Input.Website"] = "javascript:alert(1)",
            ["Input.PointOfView"] = "Omniscient",
            ["Input.ToneWords"] = "brisk, bright",
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Edit Juniper & Oak", page.Heading);
        Assert.Equal("Enter the client's name.", page.ErrorFor("Input.Name"));
        Assert.StartsWith("Enter a full web address", page.ErrorFor("Input.Website"), StringComparison.Ordinal);
        Assert.Equal("Choose a point of view from the list.", page.ErrorFor("Input.PointOfView"));
        Assert.Equal("javascript:alert(1)", page.ValueOf("Input.Website"));
        Assert.Equal("brisk, bright", page.ValueOf("Input.ToneWords"));
        var stored = await LoadAsync(client.Id);
        Assert.Equal("Juniper & Oak", stored.Name);
        Assert.Equal("warm, direct", stored.Voice.ToneWords);
        Assert.Equal(client.Version, stored.Version);
    }

    [Theory]
    [InlineData("/Clients/Edit/999999")]
    [InlineData("/Clients/Edit/abc")]
    [InlineData("/Clients/Edit/-1")]
    public async Task Unknown_and_malformed_ids_answer_404_on_get_and_on_post(string url)
    {
        var (_, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;

        var get = await browser.GetAsync(url);
        var post = await browser.PostWithTokenAsync(url, [.. ClientPagesTestData.ValidClientForm()]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task When_someone_saved_first_their_version_is_shown_and_what_was_typed_stays_until_saved_again()
    {
        var (owner, first) = await app.SignInNewOwnerAsync();
        using var _ = first;
        using var second = app.NewBrowser();
        await second.SignInAsync(owner.Email!);
        var client = await app.CreateClientAsync(owner.Id);
        var firstForm = await first.GetAsync($"/Clients/Edit/{client.Id}");
        var secondForm = await second.GetAsync($"/Clients/Edit/{client.Id}");

        var secondSaved = await second.SubmitAsync(secondForm, new Dictionary<string, string>
        {
            ["Input.Name"] = "Juniper & Oak (edited by the editor)",
            ["Input.ToneWords"] = "calm, precise",
        });
        var refused = await first.SubmitAsync(firstForm, new Dictionary<string, string>
        {
            ["Input.Name"] = "Juniper & Oak (edited by the owner)",
            ["Input.WordsToAvoid"] = "synergy",
        });

        Assert.Equal(HttpStatusCode.Redirect, secondSaved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var notice = refused.Document.QuerySelector("#changed-while-editing");
        Assert.NotNull(notice);
        var shown = notice.QuerySelectorAll("dt").Select(dt => (Label: dt.TextContent, Value: dt.NextElementSibling?.TextContent)).ToList();
        Assert.Contains(("Name", "Juniper & Oak (edited by the editor)"), shown);
        Assert.Contains(("Tone words", "calm, precise"), shown);
        Assert.Contains(("Words to avoid", "(empty)"), shown);
        Assert.DoesNotContain(shown, f => f.Label == "Audience");
        Assert.Equal("Juniper & Oak (edited by the owner)", refused.ValueOf("Input.Name"));
        Assert.Equal("synergy", refused.ValueOf("Input.WordsToAvoid"));
        Assert.Equal("warm, direct", refused.ValueOf("Input.ToneWords"));
        var afterSecond = await LoadAsync(client.Id);
        Assert.Equal("Juniper & Oak (edited by the editor)", afterSecond.Name);
        Assert.Equal(afterSecond.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), refused.ValueOf("Input.Version"));

        var savedAgain = await first.SubmitAsync(refused);

        Assert.Equal(HttpStatusCode.Redirect, savedAgain.StatusCode);
        var final = await LoadAsync(client.Id);
        Assert.Equal("Juniper & Oak (edited by the owner)", final.Name);
        Assert.Equal("synergy", final.Voice.WordsToAvoid);
        Assert.Equal("warm, direct", final.Voice.ToneWords);
        Assert.Equal(afterSecond.Version + 1, final.Version);
    }

    private Task<Client> LoadAsync(int id) => app.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == id));
}
