using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Clients;

/// <summary>Archiving a client: out of the list, job posting and the dashboard's filters; its jobs kept and reachable; restorable.</summary>
public sealed class ArchiveTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task An_archived_client_leaves_the_list_job_posting_and_filters_but_its_jobs_stay()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var kept = await app.CreateClientAsync(owner.Id, "Leaf & Kettle");
        var archived = await app.CreateClientAsync(owner.Id, "Juniper & Oak");
        var job = await app.CreateJobAsync(archived);
        await app.CreateJobAsync(kept);
        using var browser = await app.SignedInAsync(owner);
        var details = await browser.GetAsync($"/Clients/Details/{archived.Id}");

        var posted = await browser.SubmitAsync(details, form: "#archive-client");
        var afterArchive = await browser.GetAsync(posted.Location!);
        var list = await browser.GetAsync("/Clients");
        var create = await browser.GetAsync("/Projects/Create");
        var createForIt = await browser.GetAsync($"/Projects/Create?clientId={archived.Id}");
        var dashboard = await browser.GetAsync("/Projects");
        var jobPage = await browser.GetAsync($"/Projects/Details/{job.Id}");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith("Archived.", afterArchive.Document.QuerySelector(".alert-success")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(afterArchive.Document.QuerySelector("#restore-client"));
        Assert.Null(afterArchive.Document.QuerySelector("#post-a-job"));
        Assert.DoesNotContain("Juniper & Oak", list.Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(list.Document.QuerySelector($"#archived-clients [data-archived-client='{archived.Id}']"));
        Assert.Null(create.Document.QuerySelector("#choose-client")); // one active client left: the form opens for it
        Assert.Equal("Leaf & Kettle", create.Document.QuerySelector("#client-name")!.TextContent);
        Assert.Contains("That client is archived", createForIt.Document.QuerySelector("#archived-client")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Leaf & Kettle", createForIt.Document.QuerySelector("#client-name")!.TextContent);
        var filter = dashboard.Document.QuerySelectorAll("#clientId option").Select(o => o.TextContent).ToList();
        Assert.Equal(["All clients", "Leaf & Kettle"], filter);
        Assert.Equal(2, dashboard.Document.QuerySelectorAll("tr[data-job-id]").Length);
        Assert.Equal(HttpStatusCode.OK, jobPage.StatusCode);
    }

    [Fact]
    public async Task Posting_a_job_for_a_client_archived_while_the_form_was_open_is_refused_and_keeps_what_was_typed()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        using var browser = await app.SignedInAsync(owner);
        var form = await browser.GetAsync($"/Projects/Create?clientId={client.Id}");
        await browser.SubmitAsync(await browser.GetAsync($"/Clients/Details/{client.Id}"), form: "#archive-client");

        var posted = await browser.SubmitAsync(form, JobPagesTestData.ValidJobFields("A piece for an archived client"));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("was archived while you wrote this job", posted.Summary, StringComparison.Ordinal);
        Assert.Equal("A piece for an archived client", posted.ValueOf("Input.Title"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Projects.CountAsync(p => p.ClientId == client.Id)));
    }

    [Fact]
    public async Task Restoring_brings_the_client_back_to_the_list_and_job_posting()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        using var browser = await app.SignedInAsync(owner);
        await browser.SubmitAsync(await browser.GetAsync($"/Clients/Details/{client.Id}"), form: "#archive-client");

        var restored = await browser.SubmitAsync(await browser.GetAsync($"/Clients/Details/{client.Id}"), form: "#restore-client");
        var list = await browser.GetAsync("/Clients");
        var create = await browser.GetAsync("/Projects/Create");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("Juniper & Oak", list.Document.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        Assert.Null(list.Document.QuerySelector("#archived-clients"));
        Assert.Equal("Juniper & Oak", create.Document.QuerySelector("#client-name")!.TextContent);
    }

    [Fact]
    public async Task Archiving_an_archived_client_again_says_so()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        using var browser = await app.SignedInAsync(owner);
        var details = await browser.GetAsync($"/Clients/Details/{client.Id}");
        await browser.SubmitAsync(details, form: "#archive-client");

        var again = await browser.SubmitAsync(details, form: "#archive-client");
        var after = await browser.GetAsync(again.Location!);

        Assert.Equal("Juniper & Oak is already archived.", after.Document.QuerySelector(".alert-success")!.TextContent.Trim());
    }
}
