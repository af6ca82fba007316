using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Join;

public sealed class IndexTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private const string NewPassword = "a kettle that sings at dawn";

    private readonly AppFactory app = fixture.App;

    private static Dictionary<string, string> NewAccount(string name = "Sam Okafor", string password = NewPassword) =>
        new() { ["Input.Name"] = name, ["Input.Password"] = password };

    [Fact]
    public async Task An_invited_writer_sees_the_client_and_their_email_read_only()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Lindqvist");
        var client = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        var (_, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, "sam@example.com");
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync($"/Join/{token}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Join Juniper & Oak on OutsourceHub", page.Heading);
        Assert.Contains("Maya Lindqvist", page.Text, StringComparison.Ordinal);
        var email = page.Document.QuerySelector("#invited-email")!;
        Assert.Equal("sam@example.com", email.GetAttribute("value"));
        Assert.True(email.HasAttribute("readonly"));
        Assert.Null(email.GetAttribute("name"));
        Assert.NotNull(page.ValueOf("Input.Name"));
        Assert.NotNull(page.ValueOf("Input.Password"));
        Assert.Equal("no-referrer", string.Join(",", page.Response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Accepting_makes_a_writer_on_the_roster_who_lands_on_my_jobs_and_can_sign_in_again()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        var email = $"sam-{Guid.NewGuid():N}@example.com";
        var (invitation, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, email);
        using var browser = app.NewBrowser();

        var joined = await browser.SubmitAsync(await browser.GetAsync($"/Join/{token}"), NewAccount());

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal("/MyJobs", joined.Location);
        var myJobs = await browser.GetAsync("/MyJobs");
        Assert.Equal("My jobs", myJobs.Heading);
        Assert.Contains("Sam Okafor", myJobs.Text, StringComparison.Ordinal);

        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.Equal("Sam Okafor", user.DisplayName);
        Assert.Equal(email, user.UserName);
        Assert.True(await app.WithDbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == user.Id && r.RoleId == db.Roles.Single(x => x.Name == AppRoles.Writer).Id)));
        Assert.True(await app.WithDbAsync(db => db.Roster.AnyAsync(r => r.ClientId == client.Id && db.Writers.Any(w => w.Id == r.WriterId && w.UserId == user.Id))));
        var accepted = await app.FindInvitationAsync(invitation.Id);
        Assert.NotNull(accepted.AcceptedAt);
        Assert.Equal(user.Id, accepted.AcceptedById);

        using var later = app.NewBrowser();
        await later.SignInAsync(email, NewPassword);
        Assert.Equal("/MyJobs", (await later.GetAsync("/")).Location);
        Assert.Equal("My jobs", (await later.GetAsync("/MyJobs")).Heading);
    }

    [Fact]
    public async Task The_inviting_owner_is_notified_with_a_link_to_the_writers_page()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        var (_, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id);
        using var browser = app.NewBrowser();

        await browser.SubmitAsync(await browser.GetAsync($"/Join/{token}"), NewAccount("Priya Raman"));

        var notification = await app.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.UserId == owner.Id));
        Assert.Equal(NotificationKind.InvitationAccepted, notification.Kind);
        Assert.Equal("/Writers", notification.Url);
        Assert.Contains("Priya Raman", notification.Text, StringComparison.Ordinal);
        Assert.Contains("Juniper & Oak", notification.Text, StringComparison.Ordinal);
        Assert.Null(notification.ReadAt);
    }

    [Fact]
    public async Task The_inviting_owner_is_also_told_by_email()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        var (_, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id);
        using var browser = app.NewBrowser();

        await browser.SubmitAsync(await browser.GetAsync($"/Join/{token}"), NewAccount("Priya Raman"));

        var email = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.To == owner.Email));
        Assert.Equal("Priya Raman accepted your invitation and now writes for Juniper & Oak.", email.Subject);
        Assert.Contains("/Writers", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_writers_page_marks_the_acceptance_read()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        var (_, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id);
        using (var joining = app.NewBrowser())
        {
            await joining.SubmitAsync(await joining.GetAsync($"/Join/{token}"), NewAccount("Priya Raman"));
        }

        using var browser = app.NewBrowser();
        await browser.SignInAsync(owner.Email!);
        var before = await browser.GetAsync("/Clients");
        var writers = await browser.GetAsync("/Writers");

        Assert.StartsWith("1", before.Document.QuerySelector("header .badge")!.TextContent, StringComparison.Ordinal);
        Assert.Null(writers.Document.QuerySelector("header .badge"));
        Assert.NotNull(await app.WithDbAsync(db => db.Notifications.Where(n => n.UserId == owner.Id).Select(n => n.ReadAt).SingleAsync()));
    }

    [Fact]
    public async Task Bad_input_is_explained_beside_each_field_the_name_stays_and_nobody_is_created()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        var email = $"sam-{Guid.NewGuid():N}@example.com";
        var (invitation, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, email);
        using var browser = app.NewBrowser();

        var empty = await browser.SubmitAsync(await browser.GetAsync($"/Join/{token}"), NewAccount(" ", string.Empty));
        var shortPassword = await browser.SubmitAsync(await browser.GetAsync($"/Join/{token}"), NewAccount("Sam Okafor", "too short"));

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal("Enter your name.", empty.ErrorFor("Input.Name"));
        Assert.Equal("Choose a password.", empty.ErrorFor("Input.Password"));
        Assert.StartsWith("Use at least 12 characters", shortPassword.ErrorFor("Input.Password"), StringComparison.Ordinal);
        Assert.Equal("Sam Okafor", shortPassword.ValueOf("Input.Name"));
        Assert.Equal(string.Empty, shortPassword.ValueOf("Input.Password"));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.Null((await app.FindInvitationAsync(invitation.Id)).AcceptedAt);
    }

    [Fact]
    public async Task A_used_link_gets_a_page_saying_so_and_cannot_make_a_second_account()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        var (_, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id);
        using var first = app.NewBrowser();
        using var second = app.NewBrowser();
        var formForSecond = await second.GetAsync($"/Join/{token}");
        await first.SubmitAsync(await first.GetAsync($"/Join/{token}"), NewAccount());

        var reused = await second.SubmitAsync(formForSecond, NewAccount("Someone Else"));
        using var third = app.NewBrowser();
        var opened = await third.GetAsync($"/Join/{token}");

        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
        Assert.Equal("This invitation has already been used", reused.Heading);
        Assert.Equal(HttpStatusCode.Gone, opened.StatusCode);
        Assert.Equal("This invitation has already been used", opened.Heading);
        Assert.Null(opened.Document.QuerySelector("main form"));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.DisplayName == "Someone Else")));
    }

    [Fact]
    public async Task Two_people_using_the_same_link_at_once_make_one_account()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        var email = $"sam-{Guid.NewGuid():N}@example.com";
        var (_, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, email);
        using var first = app.NewBrowser();
        using var second = app.NewBrowser();
        var firstForm = await first.GetAsync($"/Join/{token}");
        var secondForm = await second.GetAsync($"/Join/{token}");

        var results = await Task.WhenAll(
            first.SubmitAsync(firstForm, NewAccount("First Person")),
            second.SubmitAsync(secondForm, NewAccount("Second Person")));

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Single(results, r => r.Heading == "This invitation has already been used");
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Roster.CountAsync(r => r.ClientId == client.Id)));
    }

    [Fact]
    public async Task An_expired_link_gets_a_page_saying_so_and_creates_nobody()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Lindqvist");
        var client = await app.CreateClientAsync(owner.Id);
        var email = $"late-{Guid.NewGuid():N}@example.com";
        var (invitation, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, email);
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync($"/Join/{token}");
        await app.ExpireInvitationAsync(invitation.Id);

        var opened = await browser.GetAsync($"/Join/{token}");
        var posted = await browser.SubmitAsync(form, NewAccount());

        Assert.Equal(HttpStatusCode.Gone, opened.StatusCode);
        Assert.Equal("This invitation has expired", opened.Heading);
        Assert.Contains("Ask Maya Lindqvist", opened.Text, StringComparison.Ordinal);
        Assert.Equal("This invitation has expired", posted.Heading);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task A_link_opened_after_fourteen_days_has_expired()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        var (_, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id);
        using var thirteenDaysLater = app.WithClockAhead(TimeSpan.FromDays(13)).NewBrowser();
        using var fifteenDaysLater = app.WithClockAhead(TimeSpan.FromDays(15)).NewBrowser();

        Assert.Equal(HttpStatusCode.OK, (await thirteenDaysLater.GetAsync($"/Join/{token}")).StatusCode);
        Assert.Equal("This invitation has expired", (await fifteenDaysLater.GetAsync($"/Join/{token}")).Heading);
    }

    [Fact]
    public async Task A_revoked_link_gets_a_page_saying_so_and_cannot_be_used()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        var email = $"sam-{Guid.NewGuid():N}@example.com";
        var (invitation, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, email);
        using var browser = app.NewBrowser();
        var form = await browser.GetAsync($"/Join/{token}");
        await app.WithDbAsync(async db =>
        {
            (await db.Invitations.SingleAsync(i => i.Id == invitation.Id)).Revoke(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        var posted = await browser.SubmitAsync(form, NewAccount());

        Assert.Equal(HttpStatusCode.Gone, posted.StatusCode);
        Assert.Equal("This invitation was withdrawn", posted.Heading);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.Null((await app.FindInvitationAsync(invitation.Id)).AcceptedAt);
    }

    [Theory]
    [InlineData("not-a-real-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task An_unknown_token_gets_a_page_saying_so_not_an_error(string token)
    {
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync($"/Join/{token}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("This invitation link is not valid", page.Heading);
    }

    [Fact]
    public async Task An_anonymous_visitor_whose_email_has_an_account_is_asked_to_sign_in_and_comes_back()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        var writer = await app.CreateUserAsync(AppRoles.Writer);
        var (_, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, writer.Email);
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync($"/Join/{token}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("already has an OutsourceHub account", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form"));
        var signIn = page.Document.QuerySelector("main a.btn")!.GetAttribute("href")!;
        Assert.Equal($"/Account/Login?ReturnUrl=%2FJoin%2F{token}", signIn);

        var signedIn = await browser.SubmitAsync(await browser.GetAsync(signIn), new Dictionary<string, string>
        {
            ["Input.Email"] = writer.Email!,
            ["Input.Password"] = AppFactory.Password,
        });
        Assert.Equal($"/Join/{token}", signedIn.Location);
        Assert.NotNull((await browser.GetAsync(signedIn.Location!)).Document.QuerySelector("main form button"));
    }

    [Fact]
    public async Task A_signed_in_writer_joins_a_second_client_with_one_button()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var first = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        var second = await app.CreateClientAsync(owner.Id, "Leaf & Kettle");
        var (writerUser, writer) = await app.CreateWriterAsync(first.Id);
        var (invitation, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, second.Id, writerUser.Email);
        using var browser = await app.SignedInAsync(writerUser);

        var page = await browser.GetAsync($"/Join/{token}");
        var joined = await browser.SubmitAsync(page);

        Assert.Equal("Join Leaf & Kettle on OutsourceHub", page.Heading);
        Assert.Equal("Join Leaf & Kettle", page.Document.QuerySelector("main form button")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal("/MyJobs", joined.Location);
        var clients = await app.WithDbAsync(db => db.Roster.Where(r => r.WriterId == writer.Id).Select(r => r.ClientId).OrderBy(id => id).ToListAsync());
        Assert.Equal([first.Id, second.Id], clients);
        Assert.Equal(1, await app.WithDbAsync(db => db.Writers.CountAsync(w => w.UserId == writerUser.Id)));
        Assert.Equal(writerUser.Id, (await app.FindInvitationAsync(invitation.Id)).AcceptedById);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == owner.Id && n.Kind == NotificationKind.InvitationAccepted)));
    }

    [Fact]
    public async Task A_signed_in_writer_cannot_use_an_invitation_sent_to_another_email()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var first = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        var second = await app.CreateClientAsync(owner.Id, "Leaf & Kettle");
        var (writerUser, writer) = await app.CreateWriterAsync(first.Id);
        var (invitation, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, second.Id, "sam@example.com");
        using var browser = await app.SignedInAsync(writerUser);

        var page = await browser.GetAsync($"/Join/{token}");
        var posted = await browser.PostWithTokenAsync($"/Join/{token}?handler=Join");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("only that account can use it", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Null((await app.FindInvitationAsync(invitation.Id)).AcceptedAt);
        Assert.False(await app.WithDbAsync(db => db.Roster.AnyAsync(r => r.WriterId == writer.Id && r.ClientId == second.Id)));
        Assert.False(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == owner.Id && n.Kind == NotificationKind.InvitationAccepted)));
    }

    [Fact]
    public async Task Opening_the_link_never_changes_anything()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var first = await app.CreateClientAsync(owner.Id);
        var second = await app.CreateClientAsync(owner.Id);
        var (writerUser, writer) = await app.CreateWriterAsync(first.Id);
        var (invitation, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, second.Id);
        using var browser = await app.SignedInAsync(writerUser);

        await browser.GetAsync($"/Join/{token}");
        await browser.GetAsync($"/Join/{token}?handler=Join");

        Assert.False(await app.WithDbAsync(db => db.Roster.AnyAsync(r => r.WriterId == writer.Id && r.ClientId == second.Id)));
        Assert.Null((await app.FindInvitationAsync(invitation.Id)).AcceptedAt);
    }

    [Fact]
    public async Task A_signed_in_owner_opening_a_writers_link_cannot_use_it()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        var (invitation, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, "sam@example.com");
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync($"/Join/{token}");
        // The page offers no button; post its handler anyway, with a valid antiforgery token taken from another form.
        var anyForm = await browser.GetAsync("/Account/Logout");
        var posted = await browser.SubmitAsync(anyForm with { Url = $"/Join/{token}?handler=Join" }, form: "main form");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("writers join with a writer account", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Null((await app.FindInvitationAsync(invitation.Id)).AcceptedAt);
        Assert.False(await app.WithDbAsync(db => db.Writers.AnyAsync(w => w.UserId == owner.Id)));
    }

    [Fact]
    public async Task An_owner_invitation_creates_an_owner_account_with_no_roster_entry()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Lindqvist");
        var email = $"partner-{Guid.NewGuid():N}@example.com";
        var (_, token) = await app.CreateInvitationAsync(InvitationKind.Owner, owner.Id, null, email);
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync($"/Join/{token}");
        var joined = await browser.SubmitAsync(page, NewAccount("Lena Holm"));

        Assert.Equal("Join OutsourceHub as an owner", page.Heading);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal("/Projects", joined.Location);
        Assert.Equal("Your jobs", (await browser.GetAsync("/Projects")).Heading);
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.True(await app.WithDbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == user.Id && r.RoleId == db.Roles.Single(x => x.Name == AppRoles.Owner).Id)));
        Assert.False(await app.WithDbAsync(db => db.Writers.AnyAsync(w => w.UserId == user.Id)));
        var notification = await app.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.UserId == owner.Id));
        Assert.Equal(NotificationKind.InvitationAccepted, notification.Kind);
        Assert.Contains("Lena Holm", notification.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_invitation_for_an_email_that_has_an_account_says_what_to_do()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Lindqvist");
        var writer = await app.CreateUserAsync(AppRoles.Writer);
        var (_, token) = await app.CreateInvitationAsync(InvitationKind.Owner, owner.Id, null, writer.Email);
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync($"/Join/{token}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Ask Maya Lindqvist to invite another email address", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main form"));
    }

    [Fact]
    public async Task The_owners_personal_note_shows_on_the_join_page_as_text_with_its_line_breaks()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Lindqvist");
        var client = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        const string note = "Sam, your cold brew piece was the best I have read.\nCome and write for us!\n\n<script>alert(1)</script> **not bold**";
        var (_, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, "sam@example.com", note);
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync($"/Join/{token}");

        var shown = page.Document.QuerySelector("#invitation-note");
        Assert.NotNull(shown);
        Assert.Equal("A note from Maya Lindqvist", shown.QuerySelector("figcaption")?.TextContent.Trim());
        var paragraphs = shown.QuerySelectorAll("blockquote p").ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.Single(paragraphs[0].QuerySelectorAll("br"));
        Assert.Contains("Sam, your cold brew piece was the best I have read.", paragraphs[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Come and write for us!", paragraphs[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script> **not bold**", paragraphs[1].TextContent.Trim());
        Assert.Empty(shown.QuerySelectorAll("script, strong"));
        Assert.NotNull(page.Document.QuerySelector("main form"));
    }

    [Fact]
    public async Task The_note_shows_to_a_writer_who_signs_in_or_joins_but_not_to_an_account_the_link_is_not_for()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner, name: "Maya Lindqvist");
        var client = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        var (writer, _) = await app.CreateWriterAsync((await app.CreateClientAsync(owner.Id, "Another client")).Id);
        var (_, token) = await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, writer.Email, "Glad to have you on this one too.");
        var stranger = await app.CreateUserAsync(AppRoles.Writer);
        using var anonymous = app.NewBrowser();
        using var invited = await app.SignedInAsync(writer);
        using var other = await app.SignedInAsync(stranger);

        var signInFirst = await anonymous.GetAsync($"/Join/{token}");
        var join = await invited.GetAsync($"/Join/{token}");
        var wrong = await other.GetAsync($"/Join/{token}");

        Assert.Contains("Glad to have you on this one too.", signInFirst.Document.QuerySelector("#invitation-note")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Glad to have you on this one too.", join.Document.QuerySelector("#invitation-note")?.TextContent, StringComparison.Ordinal);
        Assert.Null(wrong.Document.QuerySelector("#invitation-note"));
        Assert.DoesNotContain("Glad to have you", wrong.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_without_a_note_shows_no_note()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var (_, token) = await app.CreateInvitationAsync(InvitationKind.Owner, owner.Id, null);
        using var browser = app.NewBrowser();

        var page = await browser.GetAsync($"/Join/{token}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(page.Document.QuerySelector("#invitation-note"));
    }
}
