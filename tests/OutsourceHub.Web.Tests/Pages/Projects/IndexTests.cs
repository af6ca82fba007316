using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Tests.Infrastructure;
using static OutsourceHub.Web.Tests.Infrastructure.JobPagesTestData;

namespace OutsourceHub.Web.Tests.Pages.Projects;

/// <summary>"Your jobs", the owner's dashboard, over 60 jobs seeded once for the whole class.</summary>
public sealed class IndexTests(IndexTests.SixtyJobs fixture) : IClassFixture<IndexTests.SixtyJobs>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_first_page_lists_25_jobs_soonest_due_first_with_the_count_of_every_status()
    {
        using var browser = await fixture.OwnerBrowserAsync();

        var page = await browser.GetAsync("/Projects");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(fixture.Expected(_ => true).Take(25), RowIds(page));
        Assert.Equal("Showing 1–25 of 60, soonest due first", page.Document.QuerySelector("#showing")?.TextContent.Trim());
        Assert.Equal(60, CountFor(page, "All"));
        foreach (var status in Enum.GetValues<ProjectStatus>())
        {
            Assert.Equal(fixture.Jobs.Count(j => j.Status == status), CountFor(page, status.ToString()));
        }
    }

    [Fact]
    public async Task The_last_page_holds_the_rest_and_a_page_past_the_end_shows_the_last()
    {
        using var browser = await fixture.OwnerBrowserAsync();

        var third = await browser.GetAsync("/Projects?p=3");
        var beyond = await browser.GetAsync("/Projects?p=99");

        Assert.Equal(fixture.Expected(_ => true).Skip(50), RowIds(third));
        Assert.Equal(RowIds(third), RowIds(beyond));
        Assert.Contains("Page 3 of 3", third.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_and_search_return_exactly_the_matching_jobs_on_pages_that_keep_the_filters()
    {
        using var browser = await fixture.OwnerBrowserAsync();
        var (first, second) = (fixture.Clients[0], fixture.Clients[1]);
        var (ada, ben) = (fixture.Writers[0], fixture.Writers[1]);

        Assert.Equal(fixture.Expected(j => j.Status == ProjectStatus.InProgress), await AllRowIdsAsync(browser, "/Projects?status=InProgress"));
        Assert.Equal(fixture.Expected(j => j.ClientId == first), await AllRowIdsAsync(browser, $"/Projects?clientId={first}"));
        Assert.Equal(fixture.Expected(j => j.WriterId == ben), await AllRowIdsAsync(browser, $"/Projects?writerId={ben}"));
        Assert.Equal(fixture.Expected(j => j.Title.Contains("Cold Brew", StringComparison.Ordinal)), await AllRowIdsAsync(browser, "/Projects?q=cold+brew"));
        Assert.Equal(
            fixture.Expected(j => j.Status == ProjectStatus.Setup && j.ClientId == second),
            await AllRowIdsAsync(browser, $"/Projects?status=Setup&clientId={second}&writerId=&q="));
        Assert.Equal(
            fixture.Expected(j => j.ClientId == first && j.WriterId == ada && j.Title.Contains("Job 1", StringComparison.Ordinal)),
            await AllRowIdsAsync(browser, $"/Projects?clientId={first}&writerId={ada}&q=JOB%201"));
        Assert.Empty(await AllRowIdsAsync(browser, "/Projects?q=%25"));
        Assert.Empty(await AllRowIdsAsync(browser, "/Projects?q=_"));
    }

    [Fact]
    public async Task The_filter_form_shows_the_chosen_filters_and_the_owners_clients_and_writers()
    {
        using var browser = await fixture.OwnerBrowserAsync();

        var page = await browser.GetAsync($"/Projects?status=Approved&clientId={fixture.Clients[1]}&q=Job");

        Assert.Equal("Approved", page.ValueOf("status"));
        Assert.Equal($"{fixture.Clients[1]}", page.ValueOf("clientId"));
        Assert.Equal("Job", page.ValueOf("q"));
        Assert.Equal(["All clients", "Acme Roasters", "Brightside Bakery"], page.Document.QuerySelectorAll("#clientId option").Select(o => o.TextContent));
        Assert.Equal(["All writers", "Ada Writer", "Ben Writer"], page.Document.QuerySelectorAll("#writerId option").Select(o => o.TextContent));
    }

    [Fact]
    public async Task Status_counts_follow_the_other_filters_and_each_links_to_its_jobs()
    {
        using var browser = await fixture.OwnerBrowserAsync();
        var client = fixture.Clients[0];

        var page = await browser.GetAsync($"/Projects?clientId={client}&p=2");

        foreach (var status in Enum.GetValues<ProjectStatus>())
        {
            Assert.Equal(fixture.Jobs.Count(j => j.ClientId == client && j.Status == status), CountFor(page, status.ToString()));
        }

        var link = page.Document.QuerySelector("[data-status-count='Submitted']")!.GetAttribute("href")!;
        Assert.Equal($"/Projects?clientId={client}&status=Submitted", link);
        Assert.Equal(fixture.Expected(j => j.ClientId == client && j.Status == ProjectStatus.Submitted), RowIds(await browser.GetAsync(link)));
    }

    [Fact]
    public async Task Overdue_jobs_that_are_not_finished_are_marked()
    {
        using var browser = await fixture.OwnerBrowserAsync();

        var page = await browser.GetAsync("/Projects");

        foreach (var row in page.Document.QuerySelectorAll("tbody tr"))
        {
            var job = fixture.Jobs.Single(j => j.Id == int.Parse(row.GetAttribute("data-job-id")!, CultureInfo.InvariantCulture));
            var overdue = job.DueOn < Today && job.Status is not (ProjectStatus.Approved or ProjectStatus.Cancelled);
            Assert.Equal(overdue, row.TextContent.Contains("Overdue", StringComparison.Ordinal));
        }

        Assert.Contains(page.Document.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Overdue", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_filter_values_are_ignored_rather_than_failing()
    {
        using var browser = await fixture.OwnerBrowserAsync();

        var page = await browser.GetAsync("/Projects?status=Lost&clientId=abc&writerId=-&p=last");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(fixture.Expected(_ => true).Take(25), RowIds(page));
    }

    [Fact]
    public async Task Another_owner_never_sees_these_jobs_even_by_naming_their_client_or_writer()
    {
        var stranger = await app.CreateUserAsync(AppRoles.Owner);
        using var browser = app.NewBrowser();
        await browser.SignInAsync(stranger.Email!);

        var all = await browser.GetAsync("/Projects");
        var byClient = await browser.GetAsync($"/Projects?clientId={fixture.Clients[0]}");
        var byWriter = await browser.GetAsync($"/Projects?writerId={fixture.Writers[0]}");

        Assert.Empty(RowIds(all));
        Assert.NotNull(all.Document.QuerySelector("#getting-started")); // an owner without jobs starts from the checklist
        Assert.Empty(RowIds(byClient));
        Assert.Empty(RowIds(byWriter));
        Assert.Equal(["All clients"], byClient.Document.QuerySelectorAll("#clientId option").Select(o => o.TextContent));
        Assert.DoesNotContain("Ada Writer", byWriter.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_read_in_the_same_few_queries_however_many_rows_it_shows()
    {
        var counter = new CommandCounter();
        using var counted = app.WithCommandCounter(counter);
        using var browser = new TestBrowser(counted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        await browser.SignInAsync(fixture.Owner.Email!);
        await browser.GetAsync("/Projects"); // the first request of a new host also asks whether any account exists

        var queries = new List<int>();
        foreach (var url in new[] { "/Projects", "/Projects?p=2", $"/Projects?status=Setup&clientId={fixture.Clients[0]}", "/Projects?q=nothing+matches" })
        {
            counter.Reset();
            var page = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            queries.Add(counter.Count);
        }

        Assert.All(queries, count => Assert.Equal(4 + 1, count)); // the page's four, and the navigation's unread-notification count
    }

    private static List<int> RowIds(HtmlPage page) =>
        page.Document.QuerySelectorAll("tbody tr[data-job-id]")
            .Select(r => int.Parse(r.GetAttribute("data-job-id")!, CultureInfo.InvariantCulture))
            .ToList();

    private static int CountFor(HtmlPage page, string status) =>
        int.Parse(page.Document.QuerySelector($"[data-status-count='{status}'] [data-count]")!.TextContent, CultureInfo.InvariantCulture);

    /// <summary>Every row of a filtered list, following "Next" and checking each page keeps the filters.</summary>
    private static async Task<List<int>> AllRowIdsAsync(TestBrowser browser, string url)
    {
        var filters = QueryOf(url).Where(f => f.Key != "page" && !string.IsNullOrEmpty(f.Value)).ToList();
        var ids = new List<int>();
        for (var page = await browser.GetAsync(url); ; )
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            ids.AddRange(RowIds(page));
            var next = page.Document.QuerySelectorAll(".pagination a")
                .FirstOrDefault(a => a.TextContent == "Next" && a.ParentElement?.ClassList.Contains("disabled") == false);
            if (next is null)
            {
                return ids;
            }

            var href = next.GetAttribute("href")!;
            Assert.StartsWith("/Projects?", href, StringComparison.Ordinal);
            Assert.Superset(filters.ToHashSet(), QueryOf(href).ToHashSet());
            page = await browser.GetAsync(href);
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> QueryOf(string url) =>
        QueryHelpers.ParseQuery(url.Contains('?', StringComparison.Ordinal) ? url[url.IndexOf('?', StringComparison.Ordinal)..] : string.Empty)
            .Select(q => new KeyValuePair<string, string>(q.Key, q.Value.ToString()));

    /// <summary>One seeded job as the tests expect to see it.</summary>
    public sealed record SeededJob(int Id, int ClientId, int? WriterId, ProjectStatus Status, string Title, DateOnly DueOn);

    /// <summary>
    /// One owner with two clients, a writer on each roster, and 60 jobs across every status, due dates shuffled
    /// around today, saved through the DbContext in one SaveChanges.
    /// </summary>
    public sealed class SixtyJobs : IAsyncLifetime
    {
        private static readonly ProjectStatus[] Cycle = Enum.GetValues<ProjectStatus>();

        public AppFactory App { get; } = new();

        public AppUser Owner { get; private set; } = null!;

        public IReadOnlyList<int> Clients { get; private set; } = [];

        public IReadOnlyList<int> Writers { get; private set; } = [];

        public IReadOnlyList<SeededJob> Jobs { get; private set; } = [];

        /// <summary>The ids of the matching jobs in the dashboard's order: soonest due first.</summary>
        public List<int> Expected(Func<SeededJob, bool> filter) =>
            Jobs.Where(filter).OrderBy(j => j.DueOn).ThenBy(j => j.Id).Select(j => j.Id).ToList();

        public async Task<TestBrowser> OwnerBrowserAsync()
        {
            var browser = App.NewBrowser();
            await browser.SignInAsync(Owner.Email!);
            return browser;
        }

        public async Task InitializeAsync()
        {
            Owner = await App.CreateUserAsync(AppRoles.Owner);
            var first = await App.CreateClientAsync(Owner.Id, "Acme Roasters");
            var second = await App.CreateClientAsync(Owner.Id, "Brightside Bakery");
            var samples = new[] { (await App.CreateSampleAsync(first.Id)).Id, (await App.CreateSampleAsync(second.Id)).Id };
            var ada = await App.CreateWriterAsync(first.Id, "Ada Writer");
            var ben = await App.CreateWriterAsync(second.Id, "Ben Writer");
            Clients = [first.Id, second.Id];
            Writers = [ada.Writer.Id, ben.Writer.Id];

            var now = DateTime.UtcNow;
            var seeded = await App.WithDbAsync(async db =>
            {
                var jobs = new List<(Project Job, int? WriterId)>();
                for (var i = 0; i < 60; i++)
                {
                    var side = i % 2;
                    var status = Cycle[i % Cycle.Length];
                    var title = i % 5 == 0 ? $"Cold Brew guide {i:00}" : $"Job {i:00}";
                    // 37 and 60 share no factor, so the due dates are all different and not in the order of the ids.
                    var due = Today.AddDays((i * 37 % 60) - 20);
                    var job = new Project(Clients[side], title, ContentKind.Article, due, Owner.Id, now);
                    job.SetDetails(job.GetDetails() with
                    {
                        TargetLength = 800,
                        Audience = "Home brewers",
                        Goal = "One better cup.",
                    });
                    db.Projects.Add(job);
                    var hasWriter = !(status == ProjectStatus.Setup && i % 3 == 0);
                    if (hasWriter)
                    {
                        var (writerUser, writer) = side == 0 ? ada : ben;
                        job.ChooseSamples([samples[side]]);
                        job.AssignWriter(writer.Id, Owner.Id, now);
                        job.DriveTo(status, Owner.Id, writerUser.Id, now);
                    }

                    jobs.Add((job, hasWriter ? Writers[side] : null));
                }

                await db.SaveChangesAsync();
                return jobs.Select(j => new SeededJob(j.Job.Id, j.Job.ClientId, j.WriterId, j.Job.Status, j.Job.Title, j.Job.DueOn)).ToList();
            });
            Jobs = seeded;
            Assert.Equal(Cycle.Length, Jobs.Select(j => j.Status).Distinct().Count());
        }

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
