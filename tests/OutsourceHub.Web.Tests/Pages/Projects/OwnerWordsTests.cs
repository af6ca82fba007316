using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Tests.Infrastructure;
using static OutsourceHub.Web.Tests.Infrastructure.JobPagesTestData;

namespace OutsourceHub.Web.Tests.Pages.Projects;

/// <summary>
/// "In your own words" on the job form: the client's questions, the answers kept with the job, the brief carrying
/// them word for word before the expectations, and the writer's editor showing them beside the draft.
/// </summary>
public sealed class OwnerWordsTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task Posting_a_job_asks_the_clients_questions_and_keeps_the_answers_given()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var form = await browser.GetAsync("/Projects/Create");

        var labels = form.Document.QuerySelectorAll("label[for^='Input_OwnerWords_']").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(OwnerWords.DefaultPrompts, labels);
        var posted = await browser.SubmitAsync(form, new Dictionary<string, string>(ValidJobFields())
        {
            ["Input.OwnerWords[0].Answer"] = "My dad drank *awful* coffee for forty years.",
            ["Input.OwnerWords[2].Answer"] = "They blame the beans.",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var words = await app.WithDbAsync(db => db.Projects.AsNoTracking().Where(p => p.ClientId == client.Id).Select(p => p.OwnerWords).SingleAsync());
        Assert.Equal(["Why does this piece matter to you?", "What do most people get wrong about this?"], words.Answers.Select(a => a.Prompt));
        var details = await browser.GetAsync(posted.Location!);
        var shown = details.Document.QuerySelector("#owner-words")!;
        Assert.Contains("Why does this piece matter to you?", shown.TextContent, StringComparison.Ordinal);
        Assert.Equal("awful", shown.QuerySelector("em")?.TextContent);
    }

    [Fact]
    public async Task A_client_with_its_own_questions_asks_those()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var edit = await browser.GetAsync($"/Clients/Edit/{client.Id}");
        Assert.Equal(string.Join('\n', OwnerWords.DefaultPrompts), edit.ValueOf("Input.OwnerPrompts")?.ReplaceLineEndings("\n"));
        var saved = await browser.SubmitAsync(edit, new Dictionary<string, string> { ["Input.OwnerPrompts"] = "What should a reader try tomorrow?\r\nWho taught you this?" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var form = await browser.GetAsync("/Projects/Create");

        Assert.Equal(
            ["What should a reader try tomorrow?", "Who taught you this?"],
            form.Document.QuerySelectorAll("label[for^='Input_OwnerWords_']").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public async Task Too_many_or_too_long_questions_are_refused_beside_the_field_and_stay_as_typed()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var six = string.Join("\r\n", Enumerable.Range(1, 6).Select(i => $"Question {i}?"));

        var tooMany = await browser.SubmitAsync(await browser.GetAsync($"/Clients/Edit/{client.Id}"), new Dictionary<string, string> { ["Input.OwnerPrompts"] = six });
        var tooLong = await browser.SubmitAsync(await browser.GetAsync($"/Clients/Edit/{client.Id}"), new Dictionary<string, string> { ["Input.OwnerPrompts"] = new string('a', 201) });

        Assert.Equal(HttpStatusCode.OK, tooMany.StatusCode);
        Assert.Equal("Keep it to 5 questions, one per line: there are 6.", tooMany.ErrorFor("Input.OwnerPrompts"));
        Assert.Equal(six.ReplaceLineEndings("\n"), tooMany.ValueOf("Input.OwnerPrompts")?.ReplaceLineEndings("\n"));
        Assert.Equal("Keep each question to one line of up to 200 characters.", tooLong.ErrorFor("Input.OwnerPrompts"));
        Assert.Equal(string.Empty, await app.WithDbAsync(db => db.Clients.Where(c => c.Id == client.Id).Select(c => c.OwnerPrompts).SingleAsync()));
    }

    [Fact]
    public async Task Bad_input_elsewhere_keeps_the_answers_typed_and_a_long_answer_is_refused_beside_it()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);

        var page = await browser.SubmitAsync(await browser.GetAsync("/Projects/Create"), new Dictionary<string, string>(ValidJobFields())
        {
            ["Input.Title"] = "",
            ["Input.OwnerWords[0].Answer"] = "Keep *this* answer",
            ["Input.OwnerWords[1].Answer"] = new string('a', 2001),
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Give the job a title.", page.ErrorFor("Input.Title"));
        Assert.Equal("Keep *this* answer", page.ValueOf("Input.OwnerWords[0].Answer"));
        Assert.Equal("Keep this to 2,000 characters or fewer; it has 2,001.", page.ErrorFor("Input.OwnerWords[1].Answer"));
        Assert.Equal(OwnerWords.DefaultPrompts[1], page.Document.QuerySelector("label[for='Input_OwnerWords_1__Answer']")?.TextContent.Trim());
        Assert.Equal(0, await app.WithDbAsync(db => db.Projects.CountAsync(p => p.ClientId == client.Id)));
    }

    [Fact]
    public async Task Answers_given_after_the_brief_was_issued_go_into_the_next_version_and_beside_the_writers_editor()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        using var writer = await scenario.WriterBrowserAsync(app);
        var brief = await writer.GetAsync($"/Briefs/Version/{scenario.Job.Id}");
        foreach (var box in brief.Document.QuerySelectorAll("input[name='Input.ReadSampleIds']"))
        {
            box.SetAttribute("checked", "checked");
        }

        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(brief)).StatusCode);

        var saved = await owner.SubmitAsync(await owner.GetAsync($"/Projects/Edit/{scenario.Job.Id}"), new Dictionary<string, string>
        {
            ["Input.Goal"] = "Make one better cup this week.",
            ["Input.OwnerWords[0].Answer"] = "Because my **dad** drank awful coffee for forty years.",
        });
        Assert.Equal($"/Briefs/Preview/{scenario.Job.Id}", saved.Location);
        await scenario.IssueAsync(owner);

        var version = await writer.GetAsync($"/Briefs/Version/{scenario.Job.Id}/2");
        var headings = version.Document.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("In the owner's words", headings);
        Assert.True(headings.IndexOf("In the owner's words") < headings.IndexOf("Revisions"));
        Assert.Contains(version.Document.QuerySelectorAll("strong"), s => s.TextContent == "dad");
        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        var beside = editor.Document.QuerySelector("#owner-words")!;
        Assert.Contains("Why does this piece matter to you?", beside.TextContent, StringComparison.Ordinal);
        Assert.Equal("dad", beside.QuerySelector("strong")?.TextContent);
    }

    [Fact]
    public async Task An_edit_that_posts_no_answers_keeps_those_the_job_has()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await owner.SubmitAsync(await owner.GetAsync($"/Projects/Edit/{scenario.Job.Id}"), new Dictionary<string, string>
        {
            ["Input.Goal"] = "Make one better cup this week.",
            ["Input.OwnerWords[2].Answer"] = "They blame the beans.",
        });
        var form = await owner.GetAsync($"/Projects/Edit/{scenario.Job.Id}");
        var fields = ValidJobFields().Select(f => (f.Key, f.Value)).Append(("Input.Version", form.ValueOf("Input.Version")!)).ToArray();

        var response = await owner.PostWithTokenAsync($"/Projects/Edit/{scenario.Job.Id}", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("They blame the beans.", form.ValueOf("Input.OwnerWords[2].Answer"));
        var words = await app.WithDbAsync(db => db.Projects.AsNoTracking().Where(p => p.Id == scenario.Job.Id).Select(p => p.OwnerWords).SingleAsync());
        Assert.Equal("They blame the beans.", Assert.Single(words.Answers).Answer.Markdown);
    }
}
