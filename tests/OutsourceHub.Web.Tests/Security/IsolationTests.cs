using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// ASVS 4.0.3 V4.2.1: no page answers another user's id. Every page handler that reads an id has a row in
/// <see cref="SecurityTables.IsolationCases"/>; every other page says in <see cref="SecurityTables.NoIdRoutes"/> why
/// it needs none; both are checked against the running app's endpoints, so a new page fails here until it has its row.
/// Each row is then tried by every outsider (owner B, writer U off A's roster, writer S of the same client, the
/// job's other party, an anonymous visitor) with their own valid antiforgery token, against one shared scenario,
/// and the whole database must be exactly as it was. This is the one home of "another user's id answers 404": a
/// page's own test file keeps only what is particular to it (a message beside a field, an id inside a form, a kind
/// of id no outsider here holds).
/// </summary>
public sealed class IsolationTests(IsolationScenario scenario) : IClassFixture<IsolationScenario>
{
    public static TheoryData<string> Cases => new(SecurityTables.IsolationCases.Select(c => c.Key));

    [Fact]
    public void Every_page_handler_that_reads_an_id_has_an_isolation_case()
    {
        var cases = SecurityTables.IsolationCases.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);

        var missing = PageEndpoints.Read(scenario.App)
            .SelectMany(page => page.Handlers.Where(h => page.HasParameters || h.TakesId).Select(h => (Page: page, Handler: h)))
            .Where(x => !cases.Contains(x.Page.KeyOf(x.Handler)))
            .Select(x => $"add an isolation case for {x.Page.Route} ({x.Handler.Method}{(x.Handler.Name is null ? string.Empty : $" ?handler={x.Handler.Name}")})")
            .ToList();

        Assert.True(missing.Count == 0, $"These handlers read an id but SecurityTables.IsolationCases has no row for them:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void Every_page_without_an_id_in_its_route_says_why_in_the_no_id_table()
    {
        var listed = SecurityTables.NoIdRoutes.Select(r => r.Route).ToHashSet(StringComparer.Ordinal);

        var missing = PageEndpoints.Read(scenario.App)
            .Where(page => !page.HasParameters && !listed.Contains(page.Route))
            .Select(page => $"add {page.Route} to SecurityTables.NoIdRoutes with the reason it reads nothing of anyone else's")
            .ToList();

        Assert.True(missing.Count == 0, $"These pages have no id in their route and no line in the no-id table:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void The_tables_name_only_handlers_the_app_has_with_the_guard_it_has()
    {
        var pages = PageEndpoints.Read(scenario.App);
        var handlers = pages.SelectMany(p => p.Handlers.Select(h => (Key: p.KeyOf(h), Page: p))).ToDictionary(x => x.Key, x => x.Page, StringComparer.Ordinal);
        var wrong = new List<string>();

        foreach (var row in SecurityTables.IsolationCases)
        {
            if (!handlers.TryGetValue(row.Key, out var page))
            {
                wrong.Add($"{row.Key}: no such handler; remove or rename the row");
            }
            else if (page.Guard != row.Guard)
            {
                wrong.Add($"{row.Key}: the table says {row.Guard}, the page's authorization metadata says {page.Guard}");
            }
        }

        // The probes know GET and POST; a PUT or DELETE handler needs them taught first.
        wrong.AddRange(handlers.Keys.Where(key => !key.StartsWith("GET ", StringComparison.Ordinal) && !key.StartsWith("POST ", StringComparison.Ordinal))
            .Select(key => $"{key}: a handler the isolation and antiforgery tests cannot send yet"));
        wrong.AddRange(SecurityTables.IsolationCases.GroupBy(c => c.Key).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {g.Count()} rows"));
        foreach (var row in SecurityTables.NoIdRoutes)
        {
            if (pages.SingleOrDefault(p => p.Route == row.Route) is not { } page)
            {
                wrong.Add($"{row.Route}: no such page; remove or rename the no-id row");
                continue;
            }

            if (page.HasParameters)
            {
                wrong.Add($"{row.Route}: has route parameters, so it needs isolation cases, not a no-id row");
            }

            wrong.AddRange(row.Posts.Where(p => !handlers.ContainsKey($"POST {row.Route}{(p.Handler is null ? string.Empty : $"?handler={p.Handler}")}"))
                .Select(p => $"{row.Route}: no POST handler {p.Handler ?? "(default)"}"));
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public async Task The_outsiders_are_who_the_scenario_says_they_are()
    {
        var rosters = await scenario.App.WithDbAsync(db => db.Roster.AsNoTracking()
            .Where(r => r.ClientId == scenario.ClientA.Id)
            .Join(db.Writers, r => r.WriterId, w => w.Id, (r, w) => w.UserId)
            .ToListAsync());
        var sameClientWriter = scenario.Browser(Party.SameClientWriter);

        // W and S write for the client, and S opens their own job of it; U writes for B only.
        Assert.Equal(new[] { scenario.WriterW.Id, scenario.WriterS.Id }.Order(StringComparer.Ordinal), rosters.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await sameClientWriter.GetAsync($"/Thread/{scenario.OtherJob.Id}")).StatusCode);
        Assert.DoesNotContain(scenario.WriterU.Id, rosters);
        Assert.Equal(HttpStatusCode.OK, (await scenario.Browser(Party.OtherOwner).GetAsync($"/Clients/Details/{scenario.ClientB.Id}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Outsiders_get_404_or_are_sent_away_and_nothing_changes(string key)
    {
        var row = SecurityTables.Case(key);
        var before = await DatabaseSnapshot.TakeAsync(scenario);
        var wrong = new List<string>();

        foreach (var probe in row.ProbesFor(scenario))
        {
            var browser = scenario.Browser(probe.Who);
            var response = row.Method == "GET"
                ? await browser.Http.GetAsync(new Uri(probe.Url, UriKind.Relative))
                : await browser.PostWithOwnTokenAsync(probe.Who, probe.Url, probe.Form ?? row.FormFor(scenario));
            var page = await HtmlPage.ReadAsync(response, probe.Url);
            if (Mismatch(page, probe.Expected) is { } problem)
            {
                wrong.Add($"{probe.Who} {row.Method} {probe.Url}: {problem}");
            }
        }

        var changed = before.DifferencesFrom(await DatabaseSnapshot.TakeAsync(scenario));
        Assert.True(
            wrong.Count == 0 && changed.Count == 0,
            $"{key}\n{string.Join('\n', wrong)}{(changed.Count == 0 ? string.Empty : $"\nThe database changed:\n{string.Join('\n', changed)}")}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_rightful_user_opens_it_so_the_case_cannot_pass_by_accident(string key)
    {
        var row = SecurityTables.Case(key);
        // A POST case is opened by its page's GET: the form the rightful user would post from.
        var url = row.Method == "GET" ? row.Url(scenario) : row.Path(scenario);

        foreach (var who in row.Rightful)
        {
            var page = await scenario.Browser(who).GetAsync(url);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{who} GET {url} answered {(int)page.StatusCode} {page.Location}");
        }
    }

    private string? Mismatch(HtmlPage page, Expected expected)
    {
        if (page.StatusCode != expected.Status)
        {
            return $"answered {(int)page.StatusCode}{(page.Location is { } location ? $" to {location}" : string.Empty)}, expected {expected}";
        }

        if (expected.LocationStartsWith is { } start && page.Location?.StartsWith(start, StringComparison.Ordinal) != true)
        {
            return $"went to {page.Location}, expected {start}…";
        }

        if (expected.Heading is { } heading && page.Heading != heading)
        {
            return $"showed \"{page.Heading}\", expected \"{heading}\"";
        }

        if (expected.Says is { } says && !OneLine(page.Text).Contains(says, StringComparison.Ordinal))
        {
            return $"does not say \"{says}\" (it says \"{page.Heading}\")";
        }

        if (expected.NoForm && page.Document.QuerySelector("main form[method=post]") is not null)
        {
            return "offers a form to post";
        }

        var seen = expected.MayNameTheirs || page.StatusCode == HttpStatusCode.Redirect
            ? []
            : scenario.WordsOfA.Where(word => page.Text.Contains(word, StringComparison.Ordinal)).ToList();
        return seen.Count == 0 ? null : $"shows A's data: {string.Join(", ", seen)}";
    }

    /// <summary>The page's text as one line, as a reader sees it: markup's line breaks and indents are one space.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
