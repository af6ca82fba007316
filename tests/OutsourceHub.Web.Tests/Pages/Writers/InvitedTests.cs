using System.Net;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Writers;

public sealed class InvitedTests(SignedUpApp fixture, SignedUpAppWithEmail emailing)
    : IClassFixture<SignedUpApp>, IClassFixture<SignedUpAppWithEmail>
{
    private const string EmailOff = "Email is off on this server";

    /// <summary>No <c>Smtp:Host</c>, as on a fresh install.</summary>
    private readonly AppFactory app = fixture.App;

    private readonly AppFactory withEmail = emailing.App;

    [Fact]
    public async Task Opened_directly_the_page_has_no_link_to_show_and_sends_the_owner_to_the_writers()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync("/Writers/Invited");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/Writers", page.Location);
    }

    [Fact]
    public async Task The_link_is_shown_with_no_caching_and_no_referrer()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        using var browser = await app.SignedInAsync(owner);
        var sent = await browser.SubmitAsync(await browser.GetAsync($"/Writers/Invite?clientId={client.Id}"), new Dictionary<string, string>
        {
            ["Input.Email"] = "sam@example.com",
        });

        var page = await browser.GetAsync(sent.Location!);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("sam@example.com", page.Text, StringComparison.Ordinal);
        Assert.Contains("Juniper & Oak", page.Text, StringComparison.Ordinal);
        Assert.True(page.Response.Headers.CacheControl?.NoStore);
        Assert.Equal("no-referrer", string.Join(",", page.Response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Without_email_the_writer_invitation_says_no_email_goes_out_and_the_owner_sends_the_link()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        using var browser = await app.SignedInAsync(owner);
        var form = await browser.GetAsync($"/Writers/Invite?clientId={client.Id}");

        var sent = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = "sam@example.com" });
        var page = await browser.GetAsync(sent.Location!);

        Assert.StartsWith(EmailOff, form.Document.QuerySelector("#email-off")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("send it to the writer yourself", form.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("gets an email", form.Text, StringComparison.Ordinal);
        Assert.Equal("Create the invitation link", form.Document.QuerySelector("main form button[type=submit]")?.TextContent.Trim());
        Assert.Equal("Send this invitation link yourself", page.Heading);
        var notice = page.Document.QuerySelector("#email-off")!.TextContent;
        Assert.Contains($"{EmailOff}, so OutsourceHub has not emailed sam@example.com", Squash(notice), StringComparison.Ordinal);
        Assert.Contains("to write for Juniper & Oak", Squash(notice), StringComparison.Ordinal);
        Assert.DoesNotContain("We will email", page.Text, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/Join/", page.Document.QuerySelector("#invitation-link")?.GetAttribute("value"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_email_the_owner_invitation_says_no_email_goes_out_and_the_owner_sends_the_link()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = await app.SignedInAsync(owner);
        var form = await browser.GetAsync("/Writers/InviteOwner");

        var sent = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = $"lee-{Guid.NewGuid():N}@example.com" });
        var page = await browser.GetAsync(sent.Location!);

        Assert.StartsWith(EmailOff, form.Document.QuerySelector("#email-off")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Create the invitation link", form.Document.QuerySelector("main form button[type=submit]")?.TextContent.Trim());
        Assert.Equal("Send this invitation link yourself", page.Heading);
        Assert.Contains("to join OutsourceHub as an owner", Squash(page.Document.QuerySelector("#email-off")!.TextContent), StringComparison.Ordinal);
        Assert.DoesNotContain("We will email", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_email_on_the_invitation_pages_keep_saying_the_invitation_is_emailed()
    {
        var owner = await withEmail.CreateUserAsync(AppRoles.Owner);
        var client = await withEmail.CreateClientAsync(owner.Id, "Juniper & Oak");
        using var browser = await withEmail.SignedInAsync(owner);
        var form = await browser.GetAsync($"/Writers/Invite?clientId={client.Id}");
        var ownerForm = await browser.GetAsync("/Writers/InviteOwner");

        var sent = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = "sam@example.com" });
        var page = await browser.GetAsync(sent.Location!);

        Assert.Null(form.Document.QuerySelector("#email-off"));
        Assert.Null(ownerForm.Document.QuerySelector("#email-off"));
        Assert.Contains("The writer gets an email with a link to join.", form.Text, StringComparison.Ordinal);
        Assert.Equal("Send invitation", form.Document.QuerySelector("main form button[type=submit]")?.TextContent.Trim());
        Assert.Equal("Send invitation", ownerForm.Document.QuerySelector("main form button[type=submit]")?.TextContent.Trim());
        Assert.Equal("Invitation sent", page.Heading);
        Assert.Null(page.Document.QuerySelector("#email-off"));
        Assert.Contains("We will email sam@example.com an invitation to write for Juniper & Oak.", Squash(page.Text), StringComparison.Ordinal);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
