using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Writers;

public sealed class InviteTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_invite_page_offers_only_the_owners_own_clients()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var other = await app.CreateUserAsync(AppRoles.Owner);
        await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        await app.CreateClientAsync(other.Id, "Someone Else's Bakery");
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync("/Writers/Invite");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Invite a writer", page.Heading);
        var options = page.Document.QuerySelectorAll("select[name='Input.ClientId'] option").Select(o => o.TextContent).ToList();
        Assert.Contains("Juniper & Oak", options);
        Assert.DoesNotContain("Someone Else's Bakery", options);
    }

    [Fact]
    public async Task A_client_id_in_the_link_preselects_that_client()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        await app.CreateClientAsync(owner.Id, "Alpha");
        var beta = await app.CreateClientAsync(owner.Id, "Beta");
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync($"/Writers/Invite?clientId={beta.Id}");

        Assert.Equal(beta.Id.ToString(), page.ValueOf("Input.ClientId"));
    }

    [Fact]
    public async Task An_archived_client_is_not_offered_and_an_invitation_to_it_is_refused_beside_the_field()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        await app.CreateClientAsync(owner.Id, "Alpha");
        var archived = await app.CreateClientAsync(owner.Id, "Beta");
        using var browser = await app.SignedInAsync(owner);
        await browser.SubmitAsync(await browser.GetAsync($"/Clients/Details/{archived.Id}"), form: "#archive-client");
        var email = $"sam-{Guid.NewGuid():N}@example.com";

        var page = await browser.GetAsync($"/Writers/Invite?clientId={archived.Id}");
        var posted = await browser.SubmitAsync(page, new Dictionary<string, string> { ["Input.ClientId"] = archived.Id.ToString(), ["Input.Email"] = email });

        var options = page.Document.QuerySelectorAll("select[name='Input.ClientId'] option").Select(o => o.TextContent).ToList();
        Assert.Contains("Alpha", options);
        Assert.DoesNotContain("Beta", options);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("Beta is archived: restore it from its page before inviting a writer to it.", posted.ErrorFor("Input.ClientId"));
        Assert.Equal(email, posted.ValueOf("Input.Email"));
        Assert.False(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.Email == email)));
    }

    [Fact]
    public async Task An_owner_without_clients_is_told_to_add_one_first()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync("/Writers/Invite");

        Assert.Contains("Add a client first", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form"));
    }

    [Fact]
    public async Task Inviting_a_writer_stores_only_the_hash_queues_the_email_and_shows_the_link_once()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Lindqvist");
        var client = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        var email = $"sam-{Guid.NewGuid():N}@example.com";
        using var browser = await app.SignedInAsync(owner);

        var sent = await browser.SubmitAsync(await browser.GetAsync($"/Writers/Invite?clientId={client.Id}"), new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Note"] = "You wrote the best cold brew piece I have read.",
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/Writers/Invited", sent.Location);
        var shown = await browser.GetAsync(sent.Location!);
        // No Smtp:Host in this app: the owner sends the link (InvitedTests has the wording with email on).
        Assert.Equal("Send this invitation link yourself", shown.Heading);
        var link = shown.Document.QuerySelector("#invitation-link")?.GetAttribute("value");
        Assert.NotNull(link);
        Assert.StartsWith("http://localhost/Join/", link, StringComparison.Ordinal);
        var token = link["http://localhost/Join/".Length..];

        var invitation = await app.WithDbAsync(db => db.Invitations.AsNoTracking().SingleAsync(i => i.Email == email));
        Assert.Equal(InvitationKind.Writer, invitation.Kind);
        Assert.Equal(client.Id, invitation.ClientId);
        Assert.Equal(owner.Id, invitation.InvitedById);
        Assert.Equal(Invitation.HashToken(token), invitation.TokenHash);
        Assert.Equal("You wrote the best cold brew piece I have read.", invitation.Note);

        var outbox = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.To == email));
        Assert.Contains("Maya Lindqvist", outbox.Subject, StringComparison.Ordinal);
        Assert.Contains("Juniper & Oak", outbox.Subject, StringComparison.Ordinal);
        Assert.Contains(link, outbox.Body, StringComparison.Ordinal);
        Assert.Contains("You wrote the best cold brew piece I have read.", outbox.Body, StringComparison.Ordinal);
        Assert.Null(outbox.SentAt);

        var again = await browser.GetAsync("/Writers/Invited");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/Writers", again.Location);
    }

    [Fact]
    public async Task Bad_input_is_explained_beside_each_field_and_what_was_typed_stays()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        await app.CreateClientAsync(owner.Id);
        using var browser = await app.SignedInAsync(owner);
        var longNote = new string('n', 2_001);

        var page = await browser.SubmitAsync(await browser.GetAsync("/Writers/Invite"), new Dictionary<string, string>
        {
            ["Input.ClientId"] = string.Empty,
            ["Input.Email"] = "sam-at-example",
            ["Input.Note"] = longNote,
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Choose the client this writer will write for.", page.ErrorFor("Input.ClientId"));
        Assert.Equal("Enter an email address like name@example.com.", page.ErrorFor("Input.Email"));
        Assert.Equal("Keep this to 2,000 characters or fewer; it has 2,001.", page.ErrorFor("Input.Note"));
        Assert.Equal("sam-at-example", page.ValueOf("Input.Email"));
        Assert.Equal(longNote, page.ValueOf("Input.Note"));
        Assert.False(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.InvitedById == owner.Id)));
    }

    [Fact]
    public async Task An_empty_email_is_asked_for()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.SubmitAsync(await browser.GetAsync($"/Writers/Invite?clientId={client.Id}"), new Dictionary<string, string>
        {
            ["Input.Email"] = "  ",
        });

        Assert.Equal("Enter the writer's email address.", page.ErrorFor("Input.Email"));
        Assert.Equal(client.Id.ToString(), page.ValueOf("Input.ClientId"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("999999")]
    [InlineData("-1")]
    public async Task A_client_id_that_is_not_a_number_or_not_known_answers_404(string clientId)
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var mine = await app.CreateClientAsync(owner.Id);
        using var browser = await app.SignedInAsync(owner);

        var get = await browser.GetAsync($"/Writers/Invite?clientId={clientId}");
        var post = await browser.SubmitAsync(await browser.GetAsync($"/Writers/Invite?clientId={mine.Id}"), new Dictionary<string, string>
        {
            ["Input.ClientId"] = clientId,
            ["Input.Email"] = "sam@example.com",
        });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.InvitedById == owner.Id)));
    }

    [Fact]
    public async Task A_writer_already_on_the_clients_roster_is_not_invited_again()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        var (writer, _) = await app.CreateWriterAsync(client.Id);
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.SubmitAsync(await browser.GetAsync($"/Writers/Invite?clientId={client.Id}"), new Dictionary<string, string>
        {
            ["Input.Email"] = writer.Email!.ToUpperInvariant(),
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("This writer already writes for Juniper & Oak.", page.ErrorFor("Input.Email"));
        Assert.False(await app.WithDbAsync(db => db.Invitations.AnyAsync(i => i.ClientId == client.Id)));
    }

    [Fact]
    public async Task A_writer_cannot_open_the_invite_page()
    {
        var writer = await app.CreateUserAsync(AppRoles.Writer);
        using var browser = await app.SignedInAsync(writer);

        var page = await browser.GetAsync("/Writers/Invite");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/Account/AccessDenied", page.Location, StringComparison.Ordinal);
    }
}
