using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// An image in one person's text must not be fetched by the other person's browser: a tracking pixel would tell
/// the sender when and where it was read. New text gets a link instead of the image; text stored before that is
/// held back by the Content-Security-Policy, and a download by the policy it carries itself.
/// </summary>
public sealed class TrackingImageTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private const string Pixel = "https://tracker.example/pixel.gif?reader=maya";

    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task An_image_in_a_message_reaches_the_other_party_as_a_link_and_no_image_from_another_host()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);

        var sent = await writer.SubmitAsync(
            await writer.GetAsync($"/Thread/{scenario.Job.Id}"),
            new Dictionary<string, string> { ["Input.Body"] = $"Here is the mood board: ![mood board]({Pixel})" });
        var thread = await owner.GetAsync($"/Thread/{scenario.Job.Id}");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var message = thread.Document.QuerySelector("li.card .message-body")!;
        Assert.Empty(message.QuerySelectorAll("img"));
        Assert.DoesNotContain(thread.Document.QuerySelectorAll("img"), img => !(img.GetAttribute("src") ?? string.Empty).StartsWith('/'));
        var link = Assert.Single(message.QuerySelectorAll("a"));
        Assert.Equal(Pixel, link.GetAttribute("href"));
        Assert.Equal("Image: mood board (tracker.example)", link.TextContent);
    }

    [Fact]
    public async Task Html_stored_before_images_became_links_may_load_images_only_from_the_app_on_a_page_and_in_a_download()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        var legacy = new RichText($"![logo]({Pixel})", $"<p><img src=\"{Pixel}\" alt=\"logo\"></p>");
        await app.WithDbAsync(async db =>
        {
            var job = await db.Projects.Include(p => p.Samples).SingleAsync(p => p.Id == scenario.Job.Id);
            job.IssueBrief(legacy, scenario.Owner.Id, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        using var writer = await scenario.WriterBrowserAsync(app);

        var page = await writer.Http.GetAsync(new Uri($"/Briefs/Version/{scenario.Job.Id}/1", UriKind.Relative));
        var download = await writer.Http.GetAsync(new Uri($"/Briefs/Version/{scenario.Job.Id}/1?handler=Html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("img-src 'self' data:", Directive(page.Headers.GetValues("Content-Security-Policy").Single(), "img-src"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var file = new HtmlParser().ParseDocument(await download.Content.ReadAsStringAsync());
        Assert.Contains(Pixel, file.Body!.InnerHtml.Replace("&amp;", "&", StringComparison.Ordinal), StringComparison.Ordinal);
        var policy = file.Head!.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
        Assert.Equal(StandaloneHtml.ContentSecurityPolicy, policy);
        Assert.Equal("img-src data:", Directive(policy!, "img-src"));
        Assert.Equal("default-src 'none'", Directive(policy!, "default-src"));
    }

    private static string Directive(string policy, string name) =>
        policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith(name + " ", StringComparison.Ordinal));
}
