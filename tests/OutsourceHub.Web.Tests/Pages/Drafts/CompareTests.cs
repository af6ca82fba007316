using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Drafts;

/// <summary>The comparison of a draft with the one before it: rendered, with changed words marked, or as Markdown source.</summary>
public sealed class CompareTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private const string First = "# Water\n\nI eyeballed my coffee for *two* years.\n\n- grind\n- steep\n- wait";

    private const string Second = "# Water\n\nHonestly, I eyeballed my coffee for *three* years.\n\n- grind coarse\n- steep\n- strain";

    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task The_owner_reads_the_revision_as_rendered_text_with_inserted_and_deleted_words_marked()
    {
        var (scenario, owner, _) = await TwoDraftsAsync();

        var page = await owner.GetAsync($"/Drafts/Compare/{scenario.Job.Id}/2");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var diff = page.Document.QuerySelector("article.diff-rendered")!;
        Assert.Equal("Water", diff.QuerySelector("h1")!.TextContent);
        Assert.Equal(["grind coarse", "steep", "wait", "strain"], diff.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["Honestly,", "three", "coarse", "strain"], diff.QuerySelectorAll("ins").Select(e => e.TextContent));
        Assert.Equal(["two", "wait"], diff.QuerySelectorAll("del").Select(e => e.TextContent));
        Assert.Equal("three", diff.QuerySelector("p em ins")!.TextContent);
        Assert.DoesNotContain("#", diff.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("- ", diff.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("*", diff.TextContent, StringComparison.Ordinal);
        Assert.Contains("4 insertions, 2 deletions", page.Text, StringComparison.Ordinal);
        Assert.Equal($"/Drafts/Compare/{scenario.Job.Id}/2?view=markdown", Link(page, "Show Markdown"));
    }

    [Fact]
    public async Task Show_Markdown_keeps_the_source_view_word_by_word()
    {
        var (scenario, owner, _) = await TwoDraftsAsync();

        var page = await owner.GetAsync($"/Drafts/Compare/{scenario.Job.Id}/2?view=markdown");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(page.Document.QuerySelector("article.diff-rendered"));
        var source = page.Document.QuerySelector(".diff-prose")!.TextContent;
        Assert.StartsWith("# ", source.Trim(), StringComparison.Ordinal);
        Assert.Contains(page.Document.QuerySelectorAll("ins.diff-word"), e => e.TextContent.Contains("[inserted: ", StringComparison.Ordinal) && e.TextContent.Contains("*three*", StringComparison.Ordinal));
        Assert.Equal($"/Drafts/Compare/{scenario.Job.Id}/2", Link(page, "Show as the reader sees it"));
    }

    [Fact]
    public async Task The_owner_is_offered_to_review_the_draft_that_awaits_them_and_nobody_else_is()
    {
        var (scenario, owner, writer) = await TwoDraftsAsync();

        var awaiting = await owner.GetAsync($"/Drafts/Compare/{scenario.Job.Id}/2");
        var forWriter = await writer.GetAsync($"/Drafts/Compare/{scenario.Job.Id}/2");
        await owner.ApproveAsync(scenario.Job.Id, 2);
        var answered = await owner.GetAsync($"/Drafts/Compare/{scenario.Job.Id}/2");

        Assert.Equal($"/Feedback/Give/{scenario.Job.Id}/2", Link(awaiting, "Review this draft"));
        Assert.Null(Link(forWriter, "Review this draft"));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Null(Link(answered, "Review this draft"));
    }

    [Fact]
    public async Task An_earlier_draft_is_not_offered_for_review_once_a_later_one_awaits()
    {
        var (scenario, owner, writer) = await TwoDraftsAsync();
        await owner.RequestRevisionAsync(scenario.Job.Id, 2, ("Strain it twice", "TheJob"));
        var third = await writer.SubmitDraftAsync(scenario.Job.Id, Second + "\n- strain again", new Dictionary<string, string> { ["Input.Points[0].Addressed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);

        var earlier = await owner.GetAsync($"/Drafts/Compare/{scenario.Job.Id}/2");
        var latest = await owner.GetAsync($"/Drafts/Compare/{scenario.Job.Id}/3");

        Assert.Null(Link(earlier, "Review this draft"));
        Assert.Equal($"/Feedback/Give/{scenario.Job.Id}/3", Link(latest, "Review this draft"));
        Assert.Equal(["Honestly,", "three", "coarse", "strain"], earlier.Document.QuerySelectorAll("article.diff-rendered ins").Select(e => e.TextContent));
    }

    [Fact]
    public async Task Text_that_looks_like_markup_stays_text()
    {
        var (scenario, owner, _) = await TwoDraftsAsync(
            "Compare a < b & c.",
            "Compare a < b && c > d <script>alert(1)</script> <img src=x onerror=alert(1)>.");

        var page = await owner.GetAsync($"/Drafts/Compare/{scenario.Job.Id}/2");

        var diff = page.Document.QuerySelector("article.diff-rendered")!;
        Assert.Empty(diff.QuerySelectorAll("script, img"));
        Assert.Contains("<script>alert(1)</script>", diff.TextContent, StringComparison.Ordinal);
        Assert.Contains(diff.QuerySelectorAll("ins"), e => e.TextContent.Contains("&&", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nobody_else_can_compare_the_drafts()
    {
        var (scenario, _, _) = await TwoDraftsAsync();
        var otherOwner = await app.CreateUserAsync(AppRoles.Owner);
        var (otherWriter, _) = await app.CreateWriterAsync(scenario.Client.Id);

        foreach (var stranger in new[] { otherOwner, otherWriter })
        {
            using var browser = app.NewBrowser();
            await browser.SignInAsync(stranger.Email!);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Drafts/Compare/{scenario.Job.Id}/2")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Drafts/Compare/{scenario.Job.Id}/2?view=markdown")).StatusCode);
        }

        using var owner = await scenario.OwnerBrowserAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/Drafts/Compare/{scenario.Job.Id}/3")).StatusCode);
    }

    private static string? Link(HtmlPage page, string text) =>
        page.Document.QuerySelectorAll("main a").FirstOrDefault(a => a.TextContent.Trim() == text)?.GetAttribute("href");

    private async Task<(BriefScenario Scenario, TestBrowser Owner, TestBrowser Writer)> TwoDraftsAsync(string first = First, string second = Second)
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        var writer = await scenario.WriterBrowserAsync(app);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitDraftAsync(scenario.Job.Id, first)).StatusCode);
        var owner = await scenario.OwnerBrowserAsync(app);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.RequestRevisionAsync(scenario.Job.Id, 1, ("Say three years", "TheJob"))).StatusCode);
        var submitted = await writer.SubmitDraftAsync(scenario.Job.Id, second, new Dictionary<string, string> { ["Input.Points[0].Addressed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Drafts.CountAsync(d => d.ProjectId == scenario.Job.Id)));
        return (scenario, owner, writer);
    }
}
