using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Tests.Data;

namespace OutsourceHub.Core.Tests.Notifications;

/// <summary>Opening the page a notice points at settles it: only that person's, on that job, of the kinds the page shows.</summary>
public sealed class NoticeReadingTests
{
    [Fact]
    public async Task Opening_the_thread_marks_that_jobs_message_notices_read_and_nothing_else()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.InProgress);
        var otherJob = await OtherJobAsync(world);
        var message = await AddAsync(world, world.WriterUser.Id, NotificationKind.NewMessage, world.JobId);
        var brief = await AddAsync(world, world.WriterUser.Id, NotificationKind.BriefUpdated, world.JobId);
        var otherJobsMessage = await AddAsync(world, world.WriterUser.Id, NotificationKind.NewMessage, otherJob);
        var ownersMessage = await AddAsync(world, world.Owner.Id, NotificationKind.NewMessage, world.JobId);

        var marked = await world.Database.WithDbAsync(db => world.Reading(db).MarkShownAsync(world.WriterUser.Id, NoticePlace.Thread, world.JobId, null, default));

        Assert.Equal(1, marked);
        Assert.Equal([message], await ReadIdsAsync(world));
        Assert.DoesNotContain(brief, await ReadIdsAsync(world));
        Assert.DoesNotContain(otherJobsMessage, await ReadIdsAsync(world));
        Assert.DoesNotContain(ownersMessage, await ReadIdsAsync(world));
    }

    [Fact]
    public async Task Opening_it_again_marks_nothing()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.InProgress);
        await AddAsync(world, world.WriterUser.Id, NotificationKind.NewMessage, world.JobId);
        await world.Database.WithDbAsync(db => world.Reading(db).MarkShownAsync(world.WriterUser.Id, NoticePlace.Thread, world.JobId, null, default));

        var again = await world.Database.WithDbAsync(db => world.Reading(db).MarkShownAsync(world.WriterUser.Id, NoticePlace.Thread, world.JobId, null, default));

        Assert.Equal(0, again);
    }

    [Fact]
    public async Task The_latest_brief_settles_the_brief_notices_and_an_earlier_version_does_not()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.InProgress);
        await world.WithJobAsync(job => job.IssueBrief(new OutsourceHub.Core.Markdown.MarkdownRenderer().Render("# Version 2"), world.Owner.Id, JobWorld.Now));
        var issued = await AddAsync(world, world.WriterUser.Id, NotificationKind.BriefIssued, world.JobId);
        var updated = await AddAsync(world, world.WriterUser.Id, NotificationKind.BriefUpdated, world.JobId);

        var fromVersionOne = await world.Database.WithDbAsync(db => world.Reading(db).MarkShownAsync(world.WriterUser.Id, NoticePlace.Brief, world.JobId, 1, default));
        var fromLatest = await world.Database.WithDbAsync(db => world.Reading(db).MarkShownAsync(world.WriterUser.Id, NoticePlace.Brief, world.JobId, null, default));

        Assert.Equal(0, fromVersionOne);
        Assert.Equal(2, fromLatest);
        Assert.Equal([issued, updated], await ReadIdsAsync(world));
    }

    [Fact]
    public async Task The_latest_draft_settles_the_answer_to_it_and_the_editor_settles_a_revision_request()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.RevisionRequested);
        var revision = await AddAsync(world, world.WriterUser.Id, NotificationKind.RevisionRequested, world.JobId);

        var fromAnOlderDraft = await world.Database.WithDbAsync(db => world.Reading(db).MarkShownAsync(world.WriterUser.Id, NoticePlace.Draft, world.JobId, 2, default));
        var fromTheEditor = await world.Database.WithDbAsync(db => world.Reading(db).MarkShownAsync(world.WriterUser.Id, NoticePlace.Editor, world.JobId, null, default));

        Assert.Equal(0, fromAnOlderDraft);
        Assert.Equal(1, fromTheEditor);
        Assert.Equal([revision], await ReadIdsAsync(world));
    }

    [Fact]
    public async Task The_writers_job_page_settles_a_cancellation_and_the_roster_an_accepted_invitation()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.InProgress);
        var cancelled = await AddAsync(world, world.WriterUser.Id, NotificationKind.JobCancelled, world.JobId);
        var joined = await AddAsync(world, world.Owner.Id, NotificationKind.InvitationAccepted, projectId: null);

        await world.Database.WithDbAsync(db => world.Reading(db).MarkShownAsync(world.WriterUser.Id, NoticePlace.WriterJob, world.JobId, null, default));
        await world.Database.WithDbAsync(db => world.Reading(db).MarkShownAsync(world.Owner.Id, NoticePlace.Roster, null, null, default));

        Assert.Equal([cancelled, joined], await ReadIdsAsync(world));
    }

    private static Task<long> AddAsync(JobWorld world, string userId, NotificationKind kind, int? projectId) =>
        world.Database.WithDbAsync(async db =>
        {
            var notification = new Notification(userId, kind, $"{kind}", "/somewhere", projectId, JobWorld.Now);
            db.Notifications.Add(notification);
            await db.SaveChangesAsync();
            return notification.Id;
        });

    private static Task<List<long>> ReadIdsAsync(JobWorld world) =>
        world.Database.WithDbAsync(db => db.Notifications.Where(n => n.ReadAt != null).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync());

    private static Task<int> OtherJobAsync(JobWorld world) =>
        world.Database.WithDbAsync(async db =>
        {
            var job = new Project(world.ClientId, "Another job", OutsourceHub.Core.Samples.ContentKind.Article, new DateOnly(2026, 12, 1), world.Owner.Id, JobWorld.Now);
            db.Projects.Add(job);
            await db.SaveChangesAsync();
            return job.Id;
        });
}
