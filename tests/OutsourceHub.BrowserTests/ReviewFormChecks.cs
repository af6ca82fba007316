using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using static Microsoft.Playwright.Assertions;

namespace OutsourceHub.BrowserTests;

/// <summary>The review form in a real browser: a point added by script starts unchosen like the others.</summary>
public sealed class ReviewFormChecks(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_point_row_added_by_script_starts_with_no_category_chosen()
    {
        var world = await app.OwnerWorldAsync("Review rows");
        var writerEmail = await app.WriterOnRosterAsync(world, "Sam Rows");
        await app.BriefAsync(world, writerEmail, acknowledge: true);
        await SubmitDraftAsync(world);
        var owner = await app.NewPersonAsync();
        await owner.SignInAsync(world.OwnerEmail);
        await owner.GotoAsync($"/Feedback/Give/{world.JobId}/1");
        await Expect(owner.Locator("select[name='Input.Points[0].Category']")).ToHaveValueAsync(string.Empty);
        await owner.Locator("select[name='Input.Points[2].Category']").SelectOptionAsync("Facts");

        await owner.GetByRole(AriaRole.Button, new() { Name = "Add another point" }).ClickAsync();

        await Expect(owner.Locator("select[name='Input.Points[3].Category']")).ToHaveValueAsync(string.Empty);
        await Expect(owner.Locator("select[name='Input.Points[3].Section']")).ToHaveValueAsync(string.Empty);
        await owner.AssertAccessibleAsync();
    }

    private async Task SubmitDraftAsync(World world)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        var job = await db.Projects.Include(p => p.Briefs).ThenInclude(b => b.Acknowledgements).SingleAsync(p => p.Id == world.JobId);
        var writerUserId = await db.Writers.Where(w => w.Id == job.WriterId).Select(w => w.UserId).SingleAsync();
        job.SubmitDraft(job.WriterId!.Value, new MarkdownRenderer().Render("A first draft, plainly."), 4, writerUserId, DateTime.UtcNow);
        await db.SaveChangesAsync();
    }
}
