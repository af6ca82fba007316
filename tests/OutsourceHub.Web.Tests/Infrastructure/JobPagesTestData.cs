using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;

namespace OutsourceHub.Web.Tests.Infrastructure;

/// <summary>What the job pages' tests share: a signed-in owner, a valid job form, and jobs driven to a status.</summary>
public static class JobPagesTestData
{
    private static readonly MarkdownRenderer Renderer = new();

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A new owner account and a browser signed in as them.</summary>
    public static async Task<(AppUser Owner, TestBrowser Browser)> SignedInOwnerAsync(this AppFactory app, string? name = null)
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner, name: name);
        var browser = app.NewBrowser();
        await browser.SignInAsync(owner.Email!);
        return (owner, browser);
    }

    /// <summary>Every field of "Post a job" / "Edit job" filled in validly; tests change what they are about.</summary>
    public static Dictionary<string, string> ValidJobFields(string title = "Cold brew without the fuss") => new()
    {
        ["Input.Title"] = title,
        ["Input.Kind"] = "BlogPost",
        ["Input.TargetLength"] = "1200",
        ["Input.Audience"] = "Home brewers in a hurry",
        ["Input.Goal"] = "Make one better cup this week.",
        ["Input.KeyPoints"] = "Start from a real moment\r\n\r\n  One technique, plainly  \r\nOne thing to try tomorrow",
        ["Input.Keywords"] = "cold brew,  home coffee ,cold brew",
        ["Input.DueOn"] = IsoDate(Today.AddDays(14)),
        ["Input.Expectations"] = "Open with **a story**.",
        ["Input.SpecialRequests"] = "- Never name competitors",
        ["Input.RevisionRounds"] = "3",
    };

    /// <summary>Ticks exactly these reference pieces on a job form, as a person would before submitting.</summary>
    public static HtmlPage Tick(this HtmlPage page, params int[] sampleIds)
    {
        foreach (var box in page.Document.QuerySelectorAll<IHtmlInputElement>("input[name='Input.SampleIds']"))
        {
            box.IsChecked = sampleIds.Contains(int.Parse(box.Value, CultureInfo.InvariantCulture));
        }

        return page;
    }

    /// <summary>The reference pieces a job form shows ticked.</summary>
    public static IReadOnlyList<int> Ticked(this HtmlPage page) =>
        page.Document.QuerySelectorAll<IHtmlInputElement>("input[name='Input.SampleIds']")
            .Where(b => b.IsChecked)
            .Select(b => int.Parse(b.Value, CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>
    /// The same page with another address: its form (antiforgery token included) posts there. How a test
    /// posts to a job that is not the signed-in owner's.
    /// </summary>
    public static HtmlPage PostingTo(this HtmlPage page, string url) => page with { Url = url };

    /// <summary>Drives a job through its own methods until the writer has acknowledged the brief (InProgress).</summary>
    public static Task StartJobAsync(this AppFactory app, int jobId, string ownerId, string writerUserId) =>
        app.WithDbAsync(async db =>
        {
            var job = await db.Projects.Include(p => p.Samples).SingleAsync(p => p.Id == jobId);
            var brief = job.IssueBrief(Renderer.Render("# Kickoff brief"), ownerId, DateTime.UtcNow);
            job.AcknowledgeBrief(brief, job.WriterId!.Value, writerUserId, DateTime.UtcNow);
            await db.SaveChangesAsync();
            return job.Status;
        });

    /// <summary>
    /// Moves a new job (with its writer and at least one sample chosen) to a status through its own methods,
    /// in memory: the caller saves, so many jobs can be seeded in one SaveChanges.
    /// </summary>
    public static void DriveTo(this Project job, ProjectStatus status, string ownerId, string writerUserId, DateTime now)
    {
        if (status == ProjectStatus.Setup)
        {
            return;
        }

        if (status == ProjectStatus.Cancelled)
        {
            job.Cancel(ownerId, now);
            return;
        }

        var writerId = job.WriterId!.Value;
        var brief = job.IssueBrief(Renderer.Render("# Kickoff brief"), ownerId, now);
        if (status == ProjectStatus.Briefed)
        {
            return;
        }

        job.AcknowledgeBrief(brief, writerId, writerUserId, now);
        if (status == ProjectStatus.InProgress)
        {
            return;
        }

        var draft = job.SubmitDraft(writerId, Renderer.Render("A draft."), 2, writerUserId, now);
        switch (status)
        {
            case ProjectStatus.Submitted:
                return;
            case ProjectStatus.RevisionRequested:
                job.GiveFeedback(draft, FeedbackDecision.RequestRevision, Renderer.Render("Closer to my voice, please."), [], ownerId, now);
                return;
            case ProjectStatus.Approved:
                job.GiveFeedback(draft, FeedbackDecision.Approve, RichText.Empty, [], ownerId, now);
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
    }
}
