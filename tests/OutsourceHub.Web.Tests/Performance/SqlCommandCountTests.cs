using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using OutsourceHub.Cli.PerfData;

namespace OutsourceHub.Web.Tests.Performance;

/// <summary>One page the load runs and these tests open: who opens it and its address in the generated data.</summary>
public sealed record MeasuredPage(string Name, bool AsWriter, Func<PerfDataSet, string> Url, int Expected = 200)
{
    public override string ToString() => Name;
}

/// <summary>
/// The number of SQL commands each page sends is the same for an owner with 10 jobs and one with thousands: no
/// page reads more as the data grows (no N+1, no list without a page). And no read request renders Markdown.
/// The counts are written to sql-commands.md in the test output folder for docs/performance.md.
/// </summary>
public sealed class SqlCommandCountTests(SqlCommandCountTests.Fixture fixture) : IClassFixture<SqlCommandCountTests.Fixture>
{
    public static readonly IReadOnlyList<MeasuredPage> Pages =
    [
        new("Owner dashboard, page 1", false, _ => "/Projects"),
        new("Owner dashboard, filtered", false, d => $"/Projects?status=Approved&clientId={d.FilterClientId}&q=a"),
        new("Owner dashboard, page 3", false, _ => "/Projects?p=3"),
        new("Job details", false, d => $"/Projects/Details/{d.ShowcaseJobId}"),
        new("Brief preview (owner's Brief tab)", false, d => $"/Briefs/Preview/{d.ShowcaseJobId}"),
        new("Brief page (version 2, owner)", false, d => $"/Briefs/Version/{d.ShowcaseJobId}/2"),
        new("Brief page (latest, writer)", true, d => $"/Briefs/Version/{d.ShowcaseJobId}"),
        new("Reference piece from the brief", true, d => $"/Briefs/Sample/{d.ShowcaseJobId}/{d.ShowcaseSampleId}"),
        new("Drafts", false, d => $"/Drafts/{d.ShowcaseJobId}"),
        new("Draft view", false, d => $"/Drafts/View/{d.ShowcaseJobId}/2"),
        new("Draft compare", false, d => $"/Drafts/Compare/{d.ShowcaseJobId}/2"),
        new("Review (feedback form)", false, d => $"/Feedback/Give/{d.ShowcaseJobId}/2"),
        new("Thread", false, d => $"/Thread/{d.ShowcaseJobId}"),
        new("Writer's editor", true, d => $"/Drafts/Submit/{d.ShowcaseJobId}"),
        new("Writer: My jobs", true, _ => "/MyJobs"),
        new("Writer: My jobs, page 2", true, _ => "/MyJobs?p=2"),
        new("Writer: one job", true, d => $"/MyJobs/Job/{d.ShowcaseJobId}"),
        new("Clients", false, _ => "/Clients"),
        new("Client details", false, d => $"/Clients/Details/{d.ShowcaseClientId}"),
        new("Reference pieces", false, d => $"/Samples/{d.ShowcaseClientId}"),
        new("Writers", false, _ => "/Writers"),
        new("Relationship view", false, d => $"/Writers/Relationship/{d.ShowcaseWriterId}"),
        new("Notifications (owner)", false, _ => "/Notifications"),
        new("Notifications (writer)", true, _ => "/Notifications"),
    ];

    public static TheoryData<string> PageNames => new(Pages.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(PageNames))]
    public async Task A_page_sends_as_many_commands_for_ten_jobs_as_for_thousands_and_renders_no_Markdown(string name)
    {
        var page = Pages.Single(p => p.Name == name);
        var few = await MeasureAsync(fixture.Apps.Few, page);
        var many = await MeasureAsync(fixture.Apps.Many, page);
        fixture.Results[name] = (few.Commands, many.Commands);

        Assert.Equal(few.Commands, many.Commands);
        Assert.Equal(0, few.Renders);
        Assert.Equal(0, many.Renders);
    }

    [Fact]
    public async Task The_baseline_endpoint_is_not_there_without_the_Benchmarks_setting()
    {
        var response = await fixture.Apps.Few.Owner.Http.GetAsync(new Uri("/benchmarks/dashboard-raw", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>
    /// The page twice: the first visit may do what a first visit does (mark the thread read, render a brief
    /// preview not yet seen); the second is the one counted, as every later visit is.
    /// </summary>
    private static async Task<(int Commands, long Renders)> MeasureAsync(PerfApp app, MeasuredPage page)
    {
        var browser = page.AsWriter ? app.Writer : app.Owner;
        var url = page.Url(app.Data);
        var first = await browser.GetAsync(url);
        Assert.Equal((HttpStatusCode)page.Expected, first.StatusCode);

        // The counter is the host's; pages are measured one at a time per host.
        await app.Gate.WaitAsync();
        try
        {
            var renders = app.Renders;
            app.Counter.Reset();
            var second = await browser.GetAsync(url);
            Assert.Equal((HttpStatusCode)page.Expected, second.StatusCode);
            return (app.Counter.Count, app.Renders - renders);
        }
        finally
        {
            app.Gate.Release();
        }
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public PerfApps Apps { get; } = new();

        public ConcurrentDictionary<string, (int Few, int Many)> Results { get; } = new();

        public Task InitializeAsync() => Apps.InitializeAsync();

        public async Task DisposeAsync()
        {
            var table = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"| page | SQL commands, {PerfApps.FewJobs} jobs | SQL commands, {PerfApps.ManyJobs:N0} jobs |")
                .AppendLine("|---|---:|---:|");
            foreach (var page in Pages.Where(p => Results.ContainsKey(p.Name)))
            {
                var (few, many) = Results[page.Name];
                table.AppendLine(CultureInfo.InvariantCulture, $"| {page.Name} | {few} | {many} |");
            }

            await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "sql-commands.md"), table.ToString());
            await Apps.DisposeAsync();
        }
    }
}
