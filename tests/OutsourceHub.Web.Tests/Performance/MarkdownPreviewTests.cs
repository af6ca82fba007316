using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Performance;

/// <summary>
/// Previews render a text once: the brief preview (a GET) and the writer's draft preview (a POST that stores
/// nothing) keep the HTML by the text's hash, so showing the same text again renders nothing. Also proves the
/// counting seam that <see cref="SqlCommandCountTests"/> relies on actually counts.
/// </summary>
public sealed class MarkdownPreviewTests : IAsyncLifetime
{
    private readonly AppFactory app = new();

    private long Renders => app.Services.GetRequiredService<MarkdownRenderer>().Renders;

    [Fact]
    public async Task The_brief_preview_renders_once_and_shows_the_same_brief_again_without_rendering()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);

        var before = Renders;
        var first = await owner.GetAsync($"/Briefs/Preview/{scenario.Job.Id}");
        var afterFirst = Renders;
        var second = await owner.GetAsync($"/Briefs/Preview/{scenario.Job.Id}");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, afterFirst - before);
        Assert.Equal(afterFirst, Renders);
        Assert.Equal(first.Document.QuerySelector("article.brief")!.InnerHtml, second.Document.QuerySelector("article.brief")!.InnerHtml);
    }

    [Fact]
    public async Task The_draft_preview_renders_a_text_once_whoever_asks_again()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        var url = $"/Drafts/Submit/{scenario.Job.Id}?handler=Preview";
        var token = editor.Document.QuerySelector("#draft-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var form = new Dictionary<string, string> { ["Input.Body"] = "# Water\n\nThe ingredient **nobody** talks about.", ["__RequestVerificationToken"] = token };

        var before = Renders;
        using var first = await writer.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(form));
        using var second = await writer.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("<strong>nobody</strong>", html, StringComparison.Ordinal);
        Assert.Equal(await first.Content.ReadAsStringAsync(), html);
        Assert.Equal(1, Renders - before);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
