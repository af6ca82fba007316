using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Writers;

public sealed class IndexTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_roster_shows_each_clients_writers_with_jobs_done_and_in_progress()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var coffee = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        var tea = await app.CreateClientAsync(owner.Id, "Leaf & Kettle");
        var (samUser, sam) = await app.CreateWriterAsync(coffee.Id, name: "Sam Okafor");
        await app.WithDbAsync(async db =>
        {
            db.Roster.Add(new OutsourceHub.Core.Writers.RosterEntry(tea.Id, sam.Id, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        ProjectStatus[] coffeeJobs =
        [
            ProjectStatus.Approved, ProjectStatus.Approved, ProjectStatus.InProgress, ProjectStatus.Submitted,
            ProjectStatus.Briefed, ProjectStatus.RevisionRequested, ProjectStatus.Setup, ProjectStatus.Cancelled,
        ];
        foreach (var status in coffeeJobs)
        {
            await app.SetStatusAsync((await app.CreateJobAsync(coffee, writerId: sam.Id)).Id, status);
        }

        await app.SetStatusAsync((await app.CreateJobAsync(tea, writerId: sam.Id)).Id, ProjectStatus.Approved);
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync("/Writers");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Writers", page.Heading);
        var coffeeRow = Row(page, coffee.Id, sam.Id);
        Assert.Contains("Sam Okafor", coffeeRow.TextContent, StringComparison.Ordinal);
        Assert.Contains(samUser.Email!, coffeeRow.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", coffeeRow.QuerySelector("[data-jobs-done]")!.TextContent.Trim());
        Assert.Equal("4", coffeeRow.QuerySelector("[data-jobs-in-progress]")!.TextContent.Trim());
        var teaRow = Row(page, tea.Id, sam.Id);
        Assert.Equal("1", teaRow.QuerySelector("[data-jobs-done]")!.TextContent.Trim());
        Assert.Equal("0", teaRow.QuerySelector("[data-jobs-in-progress]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_client_without_writers_says_so_and_links_to_inviting_one()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync("/Writers");

        var section = page.Document.QuerySelector($"section[aria-labelledby='client-{client.Id}']")!;
        Assert.Contains("No writers yet.", section.TextContent, StringComparison.Ordinal);
        Assert.NotNull(section.QuerySelector($"a[href='/Writers/Invite?clientId={client.Id}']"));
    }

    [Fact]
    public async Task Another_owners_clients_writers_and_invitations_are_not_shown()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        await app.CreateClientAsync(owner.Id, "Mine");
        var other = await app.CreateUserAsync(AppRoles.Owner);
        var theirs = await app.CreateClientAsync(other.Id, "Theirs Only");
        var (theirWriter, _) = await app.CreateWriterAsync(theirs.Id, name: "Their Writer");
        await app.CreateInvitationAsync(InvitationKind.Writer, other.Id, theirs.Id, "their-invitee@example.com");
        await app.CreateInvitationAsync(InvitationKind.Owner, other.Id, null, "their-owner@example.com");
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync("/Writers");

        Assert.DoesNotContain("Theirs Only", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Their Writer", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(theirWriter.Email!, page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("their-invitee@example.com", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("their-owner@example.com", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_open_invitations_are_listed_each_with_a_revoke_button()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        var (open, _) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, "open@example.com");
        var (expired, _) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, "expired@example.com");
        var (revoked, _) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, "revoked@example.com");
        var (ownerInvitation, _) = await app.CreateInvitationAsync(InvitationKind.Owner, owner.Id, null, "partner@example.com");
        await app.ExpireInvitationAsync(expired.Id);
        await app.WithDbAsync(async db =>
        {
            (await db.Invitations.SingleAsync(i => i.Id == revoked.Id)).Revoke(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync("/Writers");

        var section = page.Document.QuerySelector($"section[aria-labelledby='client-{client.Id}']")!;
        Assert.Contains("open@example.com", section.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("expired@example.com", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("revoked@example.com", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"[data-invitation='{open.Id}'] form[method=post] button"));
        var owners = page.Document.QuerySelector("section[aria-labelledby='owner-invitations']")!;
        Assert.Contains("partner@example.com", owners.TextContent, StringComparison.Ordinal);
        Assert.NotNull(owners.QuerySelector($"[data-invitation='{ownerInvitation.Id}'] form[method=post] button"));
    }

    [Fact]
    public async Task Revoking_an_invitation_redirects_and_its_link_no_longer_works()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        var (invitation, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, "sam@example.com");
        using var browser = await app.SignedInAsync(owner);

        var revoked = await browser.SubmitAsync(await browser.GetAsync("/Writers"), form: $"[data-invitation='{invitation.Id}'] form");

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal("/Writers", revoked.Location);
        Assert.NotNull((await app.FindInvitationAsync(invitation.Id)).RevokedAt);
        var after = await browser.GetAsync("/Writers");
        Assert.Contains("The invitation to sam@example.com is withdrawn", after.Text, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector($"[data-invitation='{invitation.Id}']"));
        using var invitee = app.NewBrowser();
        Assert.Equal("This invitation was withdrawn", (await invitee.GetAsync($"/Join/{token}")).Heading);
    }

    [Fact]
    public async Task The_button_says_withdraw_like_the_notice_after_it_and_the_invitation_link_page()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        var (invitation, _) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, "sam@example.com");
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync("/Writers");

        var button = page.Document.QuerySelector($"[data-invitation='{invitation.Id}'] form button")!;
        Assert.Equal("Withdraw the invitation to sam@example.com", string.Join(' ', button.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.DoesNotContain("Revoke", page.Text, StringComparison.OrdinalIgnoreCase);
        await browser.SubmitAsync(page, form: $"[data-invitation='{invitation.Id}'] form");
        Assert.Contains("The invitation to sam@example.com is withdrawn", (await browser.GetAsync("/Writers")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoking_without_the_antiforgery_token_is_refused()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        var (invitation, _) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id);
        using var browser = await app.SignedInAsync(owner);

        using var empty = new FormUrlEncodedContent([]);
        var response = await browser.Http.PostAsync(new Uri($"/Writers?handler=Revoke&id={invitation.Id}", UriKind.Relative), empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null((await app.FindInvitationAsync(invitation.Id)).RevokedAt);
    }

    [Fact]
    public async Task Another_owners_invitation_answers_404_and_stays_open()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var mine = await app.CreateClientAsync(owner.Id);
        var (myInvitation, _) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, mine.Id);
        var other = await app.CreateUserAsync(AppRoles.Owner);
        var theirs = await app.CreateClientAsync(other.Id);
        var (writerInvitation, _) = await app.CreateInvitationAsync(InvitationKind.Writer, other.Id, theirs.Id);
        var (ownerInvitation, _) = await app.CreateInvitationAsync(InvitationKind.Owner, other.Id, null);
        using var browser = await app.SignedInAsync(owner);
        var page = await browser.GetAsync("/Writers");
        var form = $"[data-invitation='{myInvitation.Id}'] form";

        foreach (var id in new[] { writerInvitation.Id.ToString(), ownerInvitation.Id.ToString(), "abc", "0" })
        {
            page.Document.QuerySelector(form)!.SetAttribute("action", $"/Writers?handler=Revoke&id={id}");
            var refused = await browser.SubmitAsync(page, form: form);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        Assert.Null((await app.FindInvitationAsync(writerInvitation.Id)).RevokedAt);
        Assert.Null((await app.FindInvitationAsync(ownerInvitation.Id)).RevokedAt);
        Assert.Null((await app.FindInvitationAsync(myInvitation.Id)).RevokedAt);
    }

    [Fact]
    public async Task An_accepted_invitation_cannot_be_revoked()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        var (invitation, _) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id);
        using var browser = await app.SignedInAsync(owner);
        var page = await browser.GetAsync("/Writers");
        var writer = await app.CreateUserAsync(AppRoles.Writer);
        await app.WithDbAsync(async db =>
        {
            (await db.Invitations.SingleAsync(i => i.Id == invitation.Id)).Accept(writer.Id, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var refused = await browser.SubmitAsync(page, form: $"[data-invitation='{invitation.Id}'] form");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("already been used", (await browser.GetAsync("/Writers")).Text, StringComparison.Ordinal);
        Assert.Null((await app.FindInvitationAsync(invitation.Id)).RevokedAt);
    }

    [Fact]
    public async Task The_page_reads_everything_in_two_queries_plus_the_notices_check_and_count_however_many_clients_and_writers()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        for (var c = 0; c < 3; c++)
        {
            var client = await app.CreateClientAsync(owner.Id, $"Client {c}");
            for (var w = 0; w < 3; w++)
            {
                var (_, writer) = await app.CreateWriterAsync(client.Id);
                await app.CreateJobAsync(client, writerId: writer.Id);
            }

            await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id);
        }

        var counter = new CommandCounter();
        using var browser = app.WithCommandCounter(counter).NewBrowser();
        await browser.SignInAsync(owner.Email!);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Writers")).StatusCode);

        counter.Reset();
        var page = await browser.GetAsync("/Writers");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(9, page.Document.QuerySelectorAll("tr[data-writer]").Length);
        Assert.Equal(3, page.Document.QuerySelectorAll("[data-invitation]").Length);
        // The page's two, whether a notice this page answers is still unread (opening it marks it read), and the
        // navigation's unread-notification count.
        Assert.Equal(2 + 1 + 1, counter.Count);
    }

    private static IElement Row(HtmlPage page, int clientId, int writerId) =>
        page.Document.QuerySelector($"section[aria-labelledby='client-{clientId}'] tr[data-writer='{writerId}']")
        ?? throw new InvalidOperationException($"No row for writer {writerId} under client {clientId}.");
}
