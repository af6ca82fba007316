using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Writers;

public sealed class InviteOwnerTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_invite_an_owner_page_renders()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync("/Writers/InviteOwner");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Invite an owner", page.Heading);
        Assert.NotNull(page.ValueOf("Input.Email"));
    }

    [Fact]
    public async Task Inviting_an_owner_stores_an_owner_invitation_queues_the_email_and_shows_the_link()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Lindqvist");
        var email = $"partner-{Guid.NewGuid():N}@example.com";
        using var browser = await app.SignedInAsync(owner);

        var sent = await browser.SubmitAsync(await browser.GetAsync("/Writers/InviteOwner"), new Dictionary<string, string>
        {
            ["Input.Email"] = $"  {email} ",
            ["Input.Note"] = "Come and run the tea brand.",
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/Writers/Invited", sent.Location);
        var shown = await browser.GetAsync(sent.Location!);
        Assert.Contains("as an owner", shown.Text, StringComparison.Ordinal);
        var link = shown.Document.QuerySelector("#invitation-link")?.GetAttribute("value");
        Assert.StartsWith("http://localhost/Join/", link, StringComparison.Ordinal);

        var invitation = await app.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.Email == email));
        Assert.Equal(InvitationKind.Owner, invitation.Kind);
        Assert.Null(invitation.ClientId);
        Assert.Equal(owner.Id, invitation.InvitedById);
        var outbox = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.To == email));
        Assert.Contains("as an owner", outbox.Subject, StringComparison.Ordinal);
        Assert.Contains(link!, outbox.Body, StringComparison.Ordinal);
        Assert.Contains("Come and run the tea brand.", outbox.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_explained_beside_each_field_and_what_was_typed_stays()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.SubmitAsync(await browser.GetAsync("/Writers/InviteOwner"), new Dictionary<string, string>
        {
            ["Input.Email"] = "partner-at-example",
            ["Input.Note"] = new string('n', 2_001),
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Enter an email address like name@example.com.", page.ErrorFor("Input.Email"));
        Assert.Equal("Keep this to 2,000 characters or fewer; it has 2,001.", page.ErrorFor("Input.Note"));
        Assert.Equal("partner-at-example", page.ValueOf("Input.Email"));
        Assert.False(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.InvitedById == owner.Id)));
    }

    [Fact]
    public async Task An_email_that_already_has_an_account_is_refused_beside_the_field()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var existing = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.SubmitAsync(await browser.GetAsync("/Writers/InviteOwner"), new Dictionary<string, string>
        {
            ["Input.Email"] = existing.Email!,
        });

        Assert.Equal("This email address already has an OutsourceHub account.", page.ErrorFor("Input.Email"));
        Assert.False(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.InvitedById == owner.Id)));
    }

    [Fact]
    public async Task A_writer_cannot_invite_an_owner()
    {
        var writer = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = await app.SignedInAsync(writer);

        var page = await browser.GetAsync("/Writers/InviteOwner");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/Account/AccessDenied", page.Location, StringComparison.Ordinal);
    }
}
