using System.Net;
using OutsourceHub.Testing;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// ASVS V5.2.1 / V5.3 (stored XSS) and V14.4 (security headers), end to end: the XSS corpus saved through every
/// field of the app by its real forms, then every page that shows those fields, as the owner, the writer and an
/// invited visitor. The walk runs once (<see cref="StoredXssScenario"/>); each test asks one question of it.
/// </summary>
public sealed class StoredXssTests(StoredXssScenario walk) : IClassFixture<StoredXssScenario>
{
    [Fact]
    public void Every_form_of_the_walk_accepted_the_payloads()
    {
        // The walk throws on a refused save, so reaching here means each was accepted; this counts them.
        Assert.True(walk.Saves.Count >= 50, $"Only {walk.Saves.Count} saves were made.");
    }

    [Fact]
    public void No_page_shows_a_script_an_event_handler_an_unsafe_link_a_style_or_an_embedded_document()
    {
        var problems = walk.Visited.SelectMany(p => p.ActiveContent.Select(problem => $"{p.Who} {p.Url}: {problem}")).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(40)));
    }

    [Fact]
    public void The_payloads_reach_the_pages_as_text_so_the_walk_proves_something()
    {
        var missing = walk.Visited.Where(p => p.ShowsPayload && !p.ShowsPayloadAsText).Select(p => $"{p.Who} {p.Url}").ToList();

        Assert.True(missing.Count == 0, "These pages show none of the saved payloads: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_walk_opens_every_page_that_shows_what_people_typed()
    {
        string[] pages =
        [
            "/Clients", "/Clients/Details/", "/Clients/Edit/", "/Samples/", "/Samples/Details/", "/Samples/Edit/",
            "/Projects", "/Projects/Details/", "/Projects/Edit/", "/Projects/Cancel/", "/Projects/Create",
            "/Briefs/Preview/", "/Briefs/Version/", "/Briefs/Sample/", "/Drafts/", "/Drafts/View/", "/Drafts/Compare/",
            "/Drafts/Submit/", "/Feedback/Give/", "/Thread/", "/Notifications", "/MyJobs", "/MyJobs/Job/", "/Writers",
            "/Writers/Invite", "/Writers/Invited", "/Join/", "/Account/Manage",
        ];

        foreach (var who in new[] { "owner", "writer" })
        {
            Assert.Contains(walk.Visited, p => p.Who == who && p.Url.StartsWith("/Thread/", StringComparison.Ordinal));
        }

        Assert.All(pages, page => Assert.Contains(walk.Visited, p => p.Url.StartsWith(page, StringComparison.Ordinal)));
    }

    [Fact]
    public void Each_payload_was_also_previewed_and_posted_on_its_own()
    {
        Assert.Equal(XssPayloads.All.Count + 1, walk.Visited.Count(p => p.Url.EndsWith("(preview)", StringComparison.Ordinal)));
    }

    [Fact]
    public void Standalone_html_downloads_carry_no_script_either()
    {
        var downloads = walk.Visited.Where(p => p.IsDownload).ToList();

        Assert.Equal(4, downloads.Count);
        Assert.All(downloads, d => Assert.True(d.ShowsPayloadAsText, $"{d.Url} does not hold the payloads."));
        Assert.All(downloads, d => Assert.True(d.ActiveContent.Count == 0, $"{d.Url}: {string.Join("; ", d.ActiveContent)}"));
    }

    [Fact]
    public void Every_page_the_owner_and_the_writer_open_carries_the_security_headers()
    {
        var problems = walk.Visited.SelectMany(p => p.MissingHeaders.Select(problem => $"{p.Who} {p.Url}: {problem}")).ToList();

        Assert.True(walk.Visited.Count > 100, $"Only {walk.Visited.Count} pages were opened.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(40)));
    }

    [Fact]
    public void No_page_has_inline_script_or_style_so_the_content_security_policy_breaks_nothing()
    {
        var problems = walk.Visited.Where(p => !p.IsDownload)
            .SelectMany(p => p.InlineScriptOrStyle.Select(problem => $"{p.Who} {p.Url}: {problem}"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(40)));
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/Account/AccessDenied")]
    [InlineData("/Join/not-a-real-token")]
    [InlineData("/No/Such/Page")]
    [InlineData("/Clients")]
    public async Task Pages_for_visitors_and_error_pages_carry_the_same_headers_and_no_inline_script(string url)
    {
        using var anonymous = walk.App.NewBrowser();

        var page = await anonymous.GetAsync(url);

        Assert.True(page.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.Redirect, $"{url}: {(int)page.StatusCode}");
        Assert.Empty(PageSafety.MissingHeaders(page.Response));
        Assert.Empty(PageSafety.InlineScriptOrStyle(page.Document));
    }
}
