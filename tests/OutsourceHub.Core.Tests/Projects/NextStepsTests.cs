using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Tests.Data;

namespace OutsourceHub.Core.Tests.Projects;

/// <summary>The "Next step" each side of a job reads, for every status.</summary>
public sealed class NextStepsTests
{
    private static readonly DateTime CancelledAt = new(2026, 12, 3, 9, 30, 0, DateTimeKind.Utc);

    private static JobProgress Job(
        ProjectStatus status, bool writer = true, int samples = 2, int briefs = 1, bool acknowledged = true, int drafts = 0, int openPoints = 0) =>
        new(status, writer, samples, briefs, acknowledged, drafts, openPoints, CancelledAt);

    [Fact]
    public void A_job_in_setup_asks_the_owner_first_for_a_writer_then_for_samples_then_to_issue_the_brief()
    {
        var noWriter = NextSteps.ForOwner(Job(ProjectStatus.Setup, writer: false, samples: 0, briefs: 0, acknowledged: false));
        var noSamples = NextSteps.ForOwner(Job(ProjectStatus.Setup, samples: 0, briefs: 0, acknowledged: false));
        var ready = NextSteps.ForOwner(Job(ProjectStatus.Setup, briefs: 0, acknowledged: false));

        Assert.Equal((NextStepKind.ChooseWriter, "Choose a writer"), (noWriter.Kind, noWriter.Action));
        Assert.Equal((NextStepKind.ChooseSamples, "Choose reference pieces"), (noSamples.Kind, noSamples.Action));
        Assert.Equal((NextStepKind.IssueBrief, "Preview and issue the brief"), (ready.Kind, ready.Action));
    }

    [Fact]
    public void A_briefed_job_tells_the_owner_it_waits_for_the_writer_to_acknowledge_that_version()
    {
        var step = NextSteps.ForOwner(Job(ProjectStatus.Briefed, briefs: 2, acknowledged: false));

        Assert.Equal(NextStepKind.AwaitAcknowledgement, step.Kind);
        Assert.Equal("Waiting for the writer to acknowledge version 2 of the brief.", step.Text);
        Assert.Equal(2, step.Number);
    }

    [Fact]
    public void A_job_in_progress_tells_the_owner_the_writer_is_writing_and_offers_the_thread()
    {
        var step = NextSteps.ForOwner(Job(ProjectStatus.InProgress));

        Assert.Equal(NextStepKind.WriterWriting, step.Kind);
        Assert.Equal("The writer is writing the first draft.", step.Text);
        Assert.Equal("Message the writer", step.Action);
    }

    [Fact]
    public void A_submitted_draft_asks_the_owner_to_review_it_even_when_a_newer_brief_is_unread()
    {
        var step = NextSteps.ForOwner(Job(ProjectStatus.Submitted, briefs: 2, acknowledged: false, drafts: 3));

        Assert.Equal(NextStepKind.ReviewDraft, step.Kind);
        Assert.Equal("Review draft 3", step.Action);
        Assert.Equal(3, step.Number);
    }

    [Fact]
    public void After_a_revision_request_the_owner_waits_for_the_next_draft()
    {
        var step = NextSteps.ForOwner(Job(ProjectStatus.RevisionRequested, drafts: 1, openPoints: 2));

        Assert.Equal(NextStepKind.WriterWriting, step.Kind);
        Assert.Equal("Waiting for draft 2: the writer is revising (2 points to answer).", step.Text);
    }

    [Fact]
    public void An_approved_job_offers_both_sides_the_final_draft()
    {
        var owner = NextSteps.ForOwner(Job(ProjectStatus.Approved, drafts: 2));
        var writer = NextSteps.ForWriter(Job(ProjectStatus.Approved, drafts: 2));

        Assert.Equal((NextStepKind.FinalDraft, "Download the final draft", 2), (owner.Kind, owner.Action, owner.Number));
        Assert.Equal(owner, writer);
    }

    [Fact]
    public void A_cancelled_job_says_when_and_how_far_it_got_with_nothing_to_do()
    {
        var afterDrafts = NextSteps.ForOwner(Job(ProjectStatus.Cancelled, drafts: 2));
        var beforeBrief = NextSteps.ForWriter(Job(ProjectStatus.Cancelled, briefs: 0, acknowledged: false));

        Assert.Equal("This job was cancelled on 3 Dec 2026, after 2 drafts. Its brief, drafts and thread stay here to read.", afterDrafts.Text);
        Assert.StartsWith("This job was cancelled on 3 Dec 2026, before its brief was issued.", beforeBrief.Text, StringComparison.Ordinal);
        Assert.Null(afterDrafts.Action);
        Assert.Equal(NextStepKind.Cancelled, beforeBrief.Kind);
    }

    [Fact]
    public void The_writer_acknowledges_an_unread_brief_before_anything_else()
    {
        var first = NextSteps.ForWriter(Job(ProjectStatus.Briefed, acknowledged: false));
        var updated = NextSteps.ForWriter(Job(ProjectStatus.RevisionRequested, briefs: 2, acknowledged: false, drafts: 1));

        Assert.Equal((NextStepKind.AcknowledgeBrief, "Read and acknowledge the brief"), (first.Kind, first.Action));
        Assert.Equal("The brief changed: read version 2 and acknowledge it.", updated.Text);
    }

    [Fact]
    public void Right_after_acknowledging_the_writer_is_asked_for_the_first_draft()
    {
        var step = NextSteps.ForWriter(Job(ProjectStatus.InProgress));

        Assert.Equal((NextStepKind.WriteDraft, "Write the first draft", 1), (step.Kind, step.Action, step.Number));
    }

    [Fact]
    public void After_a_revision_request_the_writer_is_asked_for_the_next_draft_with_the_points_to_answer()
    {
        var two = NextSteps.ForWriter(Job(ProjectStatus.RevisionRequested, drafts: 1, openPoints: 2));
        var one = NextSteps.ForWriter(Job(ProjectStatus.RevisionRequested, drafts: 2, openPoints: 1));
        var commentOnly = NextSteps.ForWriter(Job(ProjectStatus.RevisionRequested, drafts: 1));

        Assert.Equal("Write draft 2 (2 points to answer)", two.Action);
        Assert.Equal("Write draft 3 (1 point to answer)", one.Action);
        Assert.Equal("Write draft 2", commentOnly.Action);
        Assert.Equal("The owner asked for a revision of draft 1.", two.Text);
    }

    [Fact]
    public void A_submitted_draft_leaves_the_writer_waiting_for_the_review()
    {
        var step = NextSteps.ForWriter(Job(ProjectStatus.Submitted, drafts: 1));

        Assert.Equal(NextStepKind.AwaitReview, step.Kind);
        Assert.Equal("Draft 1 is with the owner for review.", step.Text);
        Assert.Null(step.Action);
    }

    [Fact]
    public async Task The_progress_query_counts_the_open_points_of_the_latest_draft_and_the_acknowledgement()
    {
        using var database = new SqliteDatabase();
        var owner = await database.AddUserAsync("Maya Owner");
        var client = await database.AddClientAsync(owner.Id);
        var (writerUser, writer) = await database.AddWriterAsync(client.Id);
        var renderer = new MarkdownRenderer();
        var jobId = await database.WithDbAsync(async db =>
        {
            var sample = new ReferencePiece(client.Id, "Beans", ContentKind.BlogPost, "The opening.", DateTime.UtcNow);
            db.ReferencePieces.Add(sample);
            await db.SaveChangesAsync();
            var job = new Project(client.Id, "Cold brew", ContentKind.BlogPost, new DateOnly(2027, 1, 1), owner.Id, DateTime.UtcNow);
            job.ChooseSamples([sample.Id]);
            job.AssignWriter(writer.Id, owner.Id, DateTime.UtcNow);
            db.Projects.Add(job);
            var brief = job.IssueBrief(renderer.Render("# Brief"), owner.Id, DateTime.UtcNow);
            job.AcknowledgeBrief(brief, writer.Id, writerUser.Id, DateTime.UtcNow);
            var draft = job.SubmitDraft(writer.Id, renderer.Render("Draft one."), 2, writerUser.Id, DateTime.UtcNow);
            job.GiveFeedback(
                draft,
                FeedbackDecision.RequestRevision,
                RichText.Empty,
                [new RevisionPoint("Open with the story", RevisionCategory.Voice, BriefSection.Voice), new RevisionPoint("Shorter", RevisionCategory.Length, BriefSection.TheJob)],
                owner.Id,
                DateTime.UtcNow);
            await db.SaveChangesAsync();
            return job.Id;
        });

        var progress = await database.WithDbAsync(db => db.Progress(db.Projects.Where(p => p.Id == jobId)).SingleAsync());

        Assert.Equal(ProjectStatus.RevisionRequested, progress.Status);
        Assert.True(progress.HasWriter);
        Assert.Equal(1, progress.Samples);
        Assert.True(progress.LatestBriefAcknowledged);
        Assert.Equal((1, 2), (progress.DraftsSubmitted, progress.OpenPoints));
        Assert.Equal("Write draft 2 (2 points to answer)", NextSteps.ForWriter(progress).Action);
    }
}
