using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Tests.Data;

namespace OutsourceHub.Core.Tests.Briefs;

/// <summary>The owner issuing the kickoff brief and the writer acknowledging it, on real SQLite, with who is told what.</summary>
public sealed class KickoffBriefsTests
{
    private const string Title = "Cold brew without the fuss";

    [Fact]
    public async Task Issuing_makes_version_one_of_the_assembled_brief_and_tells_the_writer_their_new_job()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Setup);

        var issued = await IssueAsync(world, world.Owner.Id);

        Assert.Equal(new BriefIssued(1), issued);
        var job = await world.JobAsync();
        Assert.Equal(ProjectStatus.Briefed, job.Status);
        var version = await world.Database.WithDbAsync(db => db.BriefVersions.AsNoTracking().Include(b => b.Samples).SingleAsync(b => b.ProjectId == world.JobId));
        Assert.StartsWith($"# Kickoff brief: {Title}", version.Content.Markdown, StringComparison.Ordinal);
        Assert.Contains("<h1", version.Content.Html, StringComparison.Ordinal);
        Assert.Equal([world.SampleId], version.Samples.Select(s => s.ReferencePieceId));
        var notice = Assert.Single(await world.NotificationsOfAsync(world.WriterUser.Id));
        Assert.Equal(NotificationKind.BriefIssued, notice.Kind);
        Assert.Equal($"New job: the brief for \"{Title}\" is ready", notice.Text);
        Assert.Equal($"/Brief/{world.JobId}/1", notice.Url);
        var email = Assert.Single(await world.EmailsToAsync(world.WriterUser.Email!));
        Assert.Contains($"https://hub.example.com/Brief/{world.JobId}/1", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_version_keeps_the_status_and_asks_the_writer_to_read_it_again()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.InProgress);

        var issued = await IssueAsync(world, world.Owner.Id);

        Assert.Equal(new BriefIssued(2), issued);
        Assert.Equal(ProjectStatus.InProgress, (await world.JobAsync()).Status);
        var notice = Assert.Single(await world.NotificationsOfAsync(world.WriterUser.Id));
        Assert.Equal(NotificationKind.BriefUpdated, notice.Kind);
        Assert.Equal($"The brief for \"{Title}\" was updated to version 2: see what changed and acknowledge it", notice.Text);
        Assert.Equal($"/Brief/{world.JobId}/2", notice.Url);
    }

    [Fact]
    public async Task The_same_brief_is_not_issued_twice()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Setup);
        await IssueAsync(world, world.Owner.Id);

        var refused = await Assert.ThrowsAsync<DomainException>(() => IssueAsync(world, world.Owner.Id));

        Assert.Equal(KickoffBriefs.NothingChanged(1), refused.Message);
        Assert.Equal(1, await world.Database.WithDbAsync(db => db.BriefVersions.CountAsync(b => b.ProjectId == world.JobId)));
        Assert.Single(await world.NotificationsOfAsync(world.WriterUser.Id));
    }

    [Fact]
    public async Task A_brief_without_a_writer_is_refused_and_nobody_is_told()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Setup);
        await world.WithJobAsync(job =>
        {
            job.AssignWriter(null, world.Owner.Id, JobWorld.Now);
            return 0;
        });

        var refused = await Assert.ThrowsAsync<DomainException>(() => IssueAsync(world, world.Owner.Id));

        Assert.Equal(Project.BriefNeedsWriter, refused.Message);
        Assert.Equal(ProjectStatus.Setup, (await world.JobAsync()).Status);
        Assert.Empty(await world.Database.WithDbAsync(db => db.Notifications.ToListAsync()));
    }

    [Fact]
    public async Task A_cancelled_job_takes_no_brief()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Cancelled);

        var refused = await Assert.ThrowsAsync<DomainException>(() => IssueAsync(world, world.Owner.Id));

        Assert.Equal("You can't issue the brief: this job is cancelled.", refused.Message);
        Assert.Equal(0, await world.Database.WithDbAsync(db => db.BriefVersions.CountAsync()));
    }

    [Fact]
    public async Task Another_owner_finds_no_job_to_brief()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Setup);
        var other = await world.AnotherOwnerAsync();

        Assert.Null(await IssueAsync(world, other.Id));
        Assert.Equal(ProjectStatus.Setup, (await world.JobAsync()).Status);
        Assert.Empty(await world.NotificationsOfAsync(world.WriterUser.Id));
    }

    [Fact]
    public async Task Acknowledging_with_every_piece_ticked_starts_the_job_and_tells_the_owner()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Briefed);

        var acknowledged = await AcknowledgeAsync(world, world.WriterUser.Id, 1, [world.SampleId]);

        Assert.Equal(new BriefAcknowledged(1, Raced: false), acknowledged);
        var job = await world.JobAsync();
        Assert.Equal(ProjectStatus.InProgress, job.Status);
        Assert.Equal(ProjectEventKind.BriefAcknowledged, job.Events.OrderBy(e => e.Id).Last().Kind);
        var notice = Assert.Single(await world.NotificationsOfAsync(world.Owner.Id));
        Assert.Equal(NotificationKind.BriefAcknowledged, notice.Kind);
        Assert.Equal($"Sam Writer has read the brief for \"{Title}\" (version 1) and its reference pieces", notice.Text);
        Assert.Equal($"/Brief/{world.JobId}/1", notice.Url);
        Assert.Single(await world.EmailsToAsync(world.Owner.Email!));
    }

    [Fact]
    public async Task A_piece_not_ticked_is_refused_beside_the_ticks_and_nothing_moves()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Briefed);

        var refused = await Assert.ThrowsAsync<DomainException>(() => AcknowledgeAsync(world, world.WriterUser.Id, 1, []));

        Assert.Equal(KickoffBriefs.TickEachPiece, refused.Message);
        Assert.Equal("ReadSampleIds", refused.About);
        Assert.Equal(ProjectStatus.Briefed, (await world.JobAsync()).Status);
        Assert.Empty(await world.NotificationsOfAsync(world.Owner.Id));
    }

    [Fact]
    public async Task A_version_is_acknowledged_once()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.InProgress);

        var refused = await Assert.ThrowsAsync<DomainException>(() => AcknowledgeAsync(world, world.WriterUser.Id, 1, [world.SampleId]));

        Assert.Equal("You have already acknowledged this version of the brief.", refused.Message);
        Assert.Equal(1, await world.Database.WithDbAsync(db => db.BriefAcknowledgements.CountAsync()));
    }

    [Fact]
    public async Task An_older_version_is_not_acknowledged_once_a_newer_one_is_issued()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Briefed);
        await IssueAsync(world, world.Owner.Id);

        var refused = await Assert.ThrowsAsync<DomainException>(() => AcknowledgeAsync(world, world.WriterUser.Id, 1, [world.SampleId]));

        Assert.Equal("A newer version of this brief has been issued: read and acknowledge that one.", refused.Message);
        Assert.Equal(ProjectStatus.Briefed, (await world.JobAsync()).Status);
    }

    [Fact]
    public async Task Only_the_assigned_writer_finds_the_brief_to_acknowledge_and_only_versions_that_exist()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Briefed);
        var other = await world.AnotherOwnerAsync();

        Assert.Null(await AcknowledgeAsync(world, world.Owner.Id, 1, [world.SampleId]));
        Assert.Null(await AcknowledgeAsync(world, other.Id, 1, [world.SampleId]));
        Assert.Null(await AcknowledgeAsync(world, world.WriterUser.Id, 2, [world.SampleId]));
        Assert.Equal(ProjectStatus.Briefed, (await world.JobAsync()).Status);
        Assert.Equal(0, await world.Database.WithDbAsync(db => db.BriefAcknowledgements.CountAsync()));
    }

    [Fact]
    public async Task The_pieces_a_version_sent_are_read_in_order_even_after_the_job_chooses_others()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Setup);
        var second = await world.Database.WithDbAsync(async db =>
        {
            var piece = new ReferencePiece(world.ClientId, "Second piece", ContentKind.Article, "The ending.", JobWorld.Now);
            db.ReferencePieces.Add(piece);
            await db.SaveChangesAsync();
            return piece.Id;
        });
        await world.WithJobAsync(job => job.ChooseSamples([second, world.SampleId]));
        await IssueAsync(world, world.Owner.Id);
        await world.WithJobAsync(job => job.ChooseSamples([world.SampleId]));

        var sent = await world.Database.WithDbAsync(db => db.SamplesSentWith(world.JobId, 1).Select(r => r.Id).ToListAsync());

        Assert.Equal(new List<int> { second, world.SampleId }, sent);
    }

    private static KickoffBriefs Briefs(JobWorld world, OutsourceHubDbContext db) =>
        new(db, new MarkdownRenderer(), world.Clock, new Notifier(db, world.Clock), new FakeNoticeLinks(), NullLogger<KickoffBriefs>.Instance);

    private static Task<BriefIssued?> IssueAsync(JobWorld world, string ownerId) =>
        world.Database.WithDbAsync(db => Briefs(world, db).IssueAsync(
            ownerId, world.JobId, new BriefLinks($"/Thread/{world.JobId}", sampleId => $"/Briefs/Sample/{world.JobId}/{sampleId}"), default));

    private static Task<BriefAcknowledged?> AcknowledgeAsync(JobWorld world, string userId, int number, IReadOnlyCollection<int> read) =>
        world.Database.WithDbAsync(db => Briefs(world, db).AcknowledgeAsync(userId, world.JobId, number, read, default));
}
