using System.Net;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Projects;

/// <summary>The first, empty dashboard: a getting-started checklist instead of zero counts and empty filters.</summary>
public sealed class GettingStartedTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task A_new_owner_sees_four_steps_none_ticked_and_no_counts_or_filters()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync("/Projects");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var steps = Steps(page);
        Assert.Equal<(string, string?, bool)>(
            [
                ("Add a client with its voice", "/Clients/Create", false),
                ("Add two or three reference pieces", "/Clients/Create", false),
                ("Invite a writer", "/Writers/Invite", false),
                ("Post a job", "/Projects/Create", false),
            ],
            steps);
        Assert.Contains("0 of 4 done", page.Document.QuerySelector("#getting-started")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#status-counts"));
        Assert.Null(page.Document.QuerySelector("#filters"));
    }

    [Fact]
    public async Task Each_step_is_ticked_once_done_and_the_next_ones_lead_to_that_client()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id); // with tone words and what it cares about
        await app.CreateSampleAsync(client.Id, "One");
        using var browser = await app.SignedInAsync(owner);

        var oneSample = Steps(await browser.GetAsync("/Projects"));
        await app.CreateSampleAsync(client.Id, "Two");
        await app.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id);
        var page = await browser.GetAsync("/Projects");

        Assert.Equal<(string, string?, bool)>(("Add a client with its voice", "/Clients/Create", true), oneSample[0]);
        Assert.Equal<(string, string?, bool)>(("Add two or three reference pieces", $"/Samples/Create/{client.Id}", false), oneSample[1]);
        Assert.Equal<(string, string?, bool)>(("Invite a writer", $"/Writers/Invite?clientId={client.Id}", false), oneSample[2]);
        Assert.Equal([true, true, true, false], Steps(page).Select(s => s.Done).ToArray());
        Assert.Contains("3 of 4 done", page.Document.QuerySelector("#getting-started")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_without_its_voice_is_not_ticked_and_the_step_leads_to_editing_it()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.WithDbAsync(async db =>
        {
            var bare = new OutsourceHub.Core.Clients.Client(owner.Id, "No voice yet", DateTime.UtcNow);
            db.Clients.Add(bare);
            await db.SaveChangesAsync();
            return bare;
        });
        using var browser = await app.SignedInAsync(owner);

        var steps = Steps(await browser.GetAsync("/Projects"));

        Assert.Equal<(string, string?, bool)>(("Add a client with its voice", $"/Clients/Edit/{client.Id}", false), steps[0]);
    }

    [Fact]
    public async Task With_a_job_the_owner_gets_the_normal_dashboard()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var client = await app.CreateClientAsync(owner.Id);
        await app.CreateJobAsync(client);
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync("/Projects");

        Assert.Null(page.Document.QuerySelector("#getting-started"));
        Assert.NotNull(page.Document.QuerySelector("#status-counts"));
        Assert.Single(page.Document.QuerySelectorAll("tr[data-job-id]"));
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_says_so_instead_of_the_checklist()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = await app.SignedInAsync(owner);

        var page = await browser.GetAsync("/Projects?q=nothing");

        Assert.Null(page.Document.QuerySelector("#getting-started"));
        Assert.Contains("No jobs match these filters.", page.Text, StringComparison.Ordinal);
    }

    private static List<(string Title, string? Href, bool Done)> Steps(HtmlPage page) =>
        page.Document.QuerySelectorAll("#getting-started li[data-step]")
            .Select(li => (li.QuerySelector("a")!.TextContent.Trim(), li.QuerySelector("a")!.GetAttribute("href"), li.GetAttribute("data-done") == "true"))
            .ToList();
}
