using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Clients;

public sealed class CreateTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_form_asks_for_the_client_and_its_voice_with_help_for_the_writer()
    {
        var (_, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;

        var page = await browser.GetAsync("/Clients/Create");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Add a client", page.Heading);
        foreach (var field in ClientPagesTestData.ValidClientForm().Keys)
        {
            Assert.NotNull(page.ValueOf(field));
        }

        var pointOfView = page.Document.QuerySelector<IHtmlSelectElement>("select[name='Input.PointOfView']")!;
        Assert.Equal(
            ["First person singular (I)", "First person plural (we)", "Second person (you)", "Third person (she, he, they, the brand)"],
            pointOfView.Options.Select(o => o.Text));
        Assert.Contains("The writer", page.Document.QuerySelector("#cares-help")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("The writer", page.Document.QuerySelector("#avoid-help")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_client_is_saved_for_the_owner_with_its_markdown_rendered_and_the_details_open()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;

        var created = await browser.SubmitAsync(await browser.GetAsync("/Clients/Create"), ClientPagesTestData.ValidClientForm());

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var client = await app.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.OwnerId == owner.Id));
        Assert.Equal($"/Clients/Details/{client.Id}", created.Location);
        Assert.Equal("Juniper & Oak Coffee", client.Name);
        Assert.Equal("https://juniperandoak.example", client.Website);
        Assert.Equal("Home brewers who want better coffee", client.Audience);
        Assert.Equal("warm, plain-spoken, a little cheeky", client.Voice.ToneWords);
        Assert.Equal(PointOfView.FirstPersonPlural, client.Voice.PointOfView);
        Assert.Equal("honest cup, dial it in", client.Voice.SignatureWords);
        Assert.Equal("artisanal, elevate", client.Voice.WordsToAvoid);
        Assert.Equal("Good coffee for **everyone**.", client.Voice.CaresAbout.Markdown);
        Assert.Contains("<strong>everyone</strong>", client.Voice.CaresAbout.Html, StringComparison.Ordinal);
        Assert.Contains("<li>Open with a small, real moment.</li>", client.StandingExpectations.Html, StringComparison.Ordinal);
        Assert.Equal("Never name competitors.", client.StandingSpecialRequests.Markdown);

        var details = await browser.GetAsync(created.Location!);
        Assert.Equal("Juniper & Oak Coffee", details.Heading);
        Assert.Contains("Client added.", details.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_name_is_required_and_an_empty_website_is_stored_as_none()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;

        var created = await browser.SubmitAsync(await browser.GetAsync("/Clients/Create"), new Dictionary<string, string> { ["Input.Name"] = "  Acme  " });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var client = await app.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.OwnerId == owner.Id));
        Assert.Equal("Acme", client.Name);
        Assert.Null(client.Website);
        Assert.Equal(PointOfView.FirstPersonSingular, client.Voice.PointOfView);
        Assert.True(client.Voice.CaresAbout.IsEmpty);
    }

    [Fact]
    public async Task A_missing_name_and_a_bad_website_are_explained_beside_the_fields_and_what_was_typed_stays()
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var form = ClientPagesTestData.ValidClientForm();
        form["Input.Name"] = "   ";
        form["Input.Website"] = "juniperandoak.example";
        form["Input.CaresAbout"] = "Line one\nline *two*";

        var page = await browser.SubmitAsync(await browser.GetAsync("/Clients/Create"), form);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Enter the client's name.", page.ErrorFor("Input.Name"));
        Assert.Equal("Enter a full web address starting with http:// or https://.", page.ErrorFor("Input.Website"));
        Assert.Equal("juniperandoak.example", page.ValueOf("Input.Website"));
        Assert.Equal("warm, plain-spoken, a little cheeky", page.ValueOf("Input.ToneWords"));
        Assert.Equal("FirstPersonPlural", page.ValueOf("Input.PointOfView"));
        Assert.Equal("Line one\nline *two*", page.ValueOf("Input.CaresAbout"));
        Assert.False(await app.WithDbAsync(db => db.Clients.AnyAsync(c => c.OwnerId == owner.Id)));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example")]
    [InlineData("https://")]
    public async Task A_website_that_is_not_an_http_address_is_refused(string website)
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var form = ClientPagesTestData.ValidClientForm();
        form["Input.Website"] = website;

        var page = await browser.SubmitAsync(await browser.GetAsync("/Clients/Create"), form);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.StartsWith("Enter a full web address", page.ErrorFor("Input.Website"), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Clients.AnyAsync(c => c.OwnerId == owner.Id)));
    }

    [Theory]
    [InlineData("Omniscient")]
    [InlineData("7")]
    [InlineData("firstpersonsingular")]
    [InlineData("")]
    public async Task An_unknown_point_of_view_gets_a_message_not_an_error(string pointOfView)
    {
        var (_, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var form = ClientPagesTestData.ValidClientForm();
        form["Input.PointOfView"] = pointOfView;

        var page = await browser.SubmitAsync(await browser.GetAsync("/Clients/Create"), form);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Choose a point of view from the list.", page.ErrorFor("Input.PointOfView"));
    }

    [Theory]
    [InlineData("Input.Name", FieldLengths.Name)]
    [InlineData("Input.Audience", FieldLengths.Line)]
    [InlineData("Input.ToneWords", FieldLengths.Line)]
    [InlineData("Input.SignatureWords", FieldLengths.Note)]
    [InlineData("Input.WordsToAvoid", FieldLengths.Note)]
    [InlineData("Input.CaresAbout", FieldLengths.Markdown)]
    [InlineData("Input.StandingExpectations", FieldLengths.Markdown)]
    [InlineData("Input.StandingSpecialRequests", FieldLengths.Markdown)]
    public async Task Over_long_text_is_refused_beside_its_field_and_kept(string field, int maxLength)
    {
        var (owner, browser) = await app.SignInNewOwnerAsync();
        using var _ = browser;
        var form = ClientPagesTestData.ValidClientForm();
        form[field] = new string('a', maxLength + 1);

        var page = await browser.SubmitAsync(await browser.GetAsync("/Clients/Create"), form);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"Keep this to {maxLength:N0} characters or fewer; it has {maxLength + 1:N0}."), page.ErrorFor(field));
        Assert.Equal(maxLength + 1, page.ValueOf(field)?.Length);
        Assert.False(await app.WithDbAsync(db => db.Clients.AnyAsync(c => c.OwnerId == owner.Id)));
    }

    [Fact]
    public async Task A_writer_cannot_add_a_client()
    {
        var writer = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(writer.Email!);

        var page = await browser.GetAsync("/Clients/Create");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/Account/AccessDenied", page.Location, StringComparison.Ordinal);
    }
}
