using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Reviews;
using static Microsoft.Playwright.Assertions;

namespace OutsourceHub.BrowserTests;

/// <summary>Journey 4: nothing the writer types is lost, whichever button they press and however they leave.</summary>
public sealed class DraftEditorJourney(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Typed = "I eyeballed my coffee for two years. Then one Tuesday it wasn't fine.";

    [BrowserFact]
    public async Task Text_checked_for_voice_is_still_there_after_leaving_by_a_link_and_coming_back()
    {
        var (world, writer) = await WriterInEditorAsync();
        var dialogs = writer.CollectDialogs();

        await writer.GetByLabel("Your draft").FillAsync(Typed);
        await writer.GetByRole(AriaRole.Button, new() { Name = "Check voice" }).ClickAsync();
        await Expect(writer.Locator("#save-status")).ToContainTextAsync("Working copy saved");
        await JobTab(writer).ClickAsync();
        await Expect(writer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/MyJobs/Job/{world.JobId}$"));
        await writer.GotoAsync($"/Drafts/Submit/{world.JobId}");

        await Expect(writer.GetByLabel("Your draft")).ToHaveValueAsync(Typed);
        await Expect(writer.Locator("#editor-start")).ToContainTextAsync("Your working copy, saved");
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task Text_of_a_refused_submit_is_still_there_after_reading_the_new_brief_and_coming_back()
    {
        var (world, writer) = await WriterInEditorAsync();
        await ReissueBriefAsync(world);
        var dialogs = writer.CollectDialogs();

        await writer.GetByLabel("Your draft").FillAsync(Typed);
        await writer.GetByRole(AriaRole.Button, new() { Name = "Submit draft" }).ClickAsync();
        var notice = writer.Locator("#brief-changed");
        await Expect(notice).ToContainTextAsync("The brief changed since you acknowledged version 1: read version 2 and acknowledge it first.");
        await Expect(writer.Locator("#save-status")).ToContainTextAsync("Working copy saved");
        await writer.ScreenshotAsync("draft-editor-brief-changed");
        await writer.AssertAccessibleAsync();
        await notice.GetByRole(AriaRole.Link, new() { Name = "Read version 2 of the brief" }).ClickAsync();
        await Expect(writer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Briefs/Version/{world.JobId}/2$"));
        await writer.GotoAsync($"/Drafts/Submit/{world.JobId}");

        await Expect(writer.GetByLabel("Your draft")).ToHaveValueAsync(Typed);
        Assert.Empty(dialogs);
    }

    [BrowserFact]
    public async Task Leaving_with_unsaved_changes_asks_first_and_leaving_when_all_is_saved_does_not()
    {
        var (world, writer) = await WriterInEditorAsync();
        // The 20-second autosave must not save the text before the test leaves: the page's timers wait for the test.
        await writer.Clock.InstallAsync();
        await writer.ReloadAsync();
        await writer.Clock.PauseAtAsync(DateTime.Now.AddMinutes(5));
        var questions = 0;
        var asked = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        writer.Dialog += async (_, dialog) =>
        {
            Interlocked.Increment(ref questions);
            // "Stay on this page".
            await dialog.DismissAsync();
            asked.TrySetResult(dialog.Type);
        };
        var editorUrl = new System.Text.RegularExpressions.Regex($"/Drafts/Submit/{world.JobId}$");

        await writer.GetByLabel("Your draft").ClickAsync();
        await writer.Keyboard.TypeAsync("Half a sentence");
        await Expect(writer.Locator("#save-status")).ToHaveTextAsync("Not saved");
        await JobTab(writer).ClickAsync();

        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(15)));
        await Expect(writer).ToHaveURLAsync(editorUrl);
        await Expect(writer.GetByLabel("Your draft")).ToHaveValueAsync("Half a sentence");

        // Preview keeps the text on the server; from then on there is nothing to lose, and nothing to ask.
        await writer.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(writer.Locator("#save-status")).ToContainTextAsync("Working copy saved");
        await JobTab(writer).ClickAsync();

        await Expect(writer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/MyJobs/Job/{world.JobId}$"));
        Assert.Equal(1, questions);
        await writer.GotoAsync($"/Drafts/Submit/{world.JobId}");
        await Expect(writer.GetByLabel("Your draft")).ToHaveValueAsync("Half a sentence");
    }

    [BrowserFact]
    public async Task The_next_drafts_editor_holds_the_previous_draft_to_revise()
    {
        var (world, writer) = await WriterInEditorAsync();
        var dialogs = writer.CollectDialogs();
        await writer.GetByLabel("Your draft").FillAsync(Typed);
        await writer.GetByRole(AriaRole.Button, new() { Name = "Submit draft" }).ClickAsync();
        await Expect(writer.GetByText("Draft 1 submitted.")).ToBeVisibleAsync();
        await RequestRevisionAsync(world);

        await writer.GotoAsync($"/Drafts/Submit/{world.JobId}");

        await Expect(writer.GetByLabel("Your draft")).ToHaveValueAsync(Typed);
        await Expect(writer.Locator("#editor-start")).ToHaveTextAsync("Started from draft 1: revise it, then submit draft 2.");
        await Expect(writer.Locator("#save-status")).ToHaveTextAsync("No changes yet");
        await writer.ScreenshotAsync("draft-editor-next-draft");
        await writer.AssertAccessibleAsync();
        // Nothing was changed yet, so leaving does not ask.
        await JobTab(writer).ClickAsync();
        await Expect(writer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/MyJobs/Job/{world.JobId}$"));
        Assert.Empty(dialogs);
    }

    private static ILocator JobTab(IPage page) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "This job" }).GetByRole(AriaRole.Link, new() { Name = "Job", Exact = true });

    /// <summary>A job in progress and its writer, signed in, in the editor.</summary>
    private async Task<(World World, IPage Writer)> WriterInEditorAsync()
    {
        var world = await app.OwnerWorldAsync();
        var writerEmail = await app.WriterOnRosterAsync(world);
        await app.BriefAsync(world, writerEmail, acknowledge: true);
        var writer = await app.NewPersonAsync();
        await writer.SignInAsync(writerEmail);
        await writer.GotoAsync($"/Drafts/Submit/{world.JobId}");
        return (world, writer);
    }

    /// <summary>The owner changes the job's goal and issues version 2 of the brief.</summary>
    private async Task ReissueBriefAsync(World world)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        var job = await db.Projects.SingleAsync(p => p.Id == world.JobId);
        job.SetDetails(job.GetDetails() with { Goal = "Two better cups this week" });
        await db.SaveChangesAsync();
        var id = world.JobId;
        await scope.ServiceProvider.GetRequiredService<KickoffBriefs>()
            .AddNextVersionAsync(id, world.OwnerId, new BriefLinks($"/Thread/{id}", sampleId => $"/Briefs/Sample/{id}/{sampleId}"), CancellationToken.None);
        await db.SaveChangesAsync();
    }

    /// <summary>The owner asks for a revision of draft 1, as the review page would.</summary>
    private async Task RequestRevisionAsync(World world)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        var job = await db.Projects.Include(p => p.Drafts).ThenInclude(d => d.Feedback).SingleAsync(p => p.Id == world.JobId);
        job.GiveFeedback(
            job.Drafts[^1], FeedbackDecision.RequestRevision, new MarkdownRenderer().Render("Closer to my voice, please."), [], world.OwnerId, DateTime.UtcNow);
        await db.SaveChangesAsync();
    }
}
