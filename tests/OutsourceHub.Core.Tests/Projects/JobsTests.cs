using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Tests.Data;

namespace OutsourceHub.Core.Tests.Projects;

/// <summary>The owner's posting, edit and cancellation of a job, saved on real SQLite, with what the writer is told.</summary>
public sealed class JobsTests
{
    [Fact]
    public async Task Posting_a_job_stores_its_details_as_the_job_keeps_them_with_its_writer_and_samples_in_setup()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Setup);
        var details = await world.DetailsAsync() with { Title = "  Iced lattes at home ", Keywords = "latte,ice , latte" };

        var id = await world.Database.WithDbAsync(db =>
            world.Jobs(db).CreateAsync(world.Owner.Id, world.ClientId, details, world.WriterId, [world.SampleId], default));

        var job = await world.Database.WithDbAsync(db =>
            db.Projects.AsNoTracking().Include(p => p.Samples).Include(p => p.Events).SingleAsync(p => p.Id == id));
        Assert.Equal("Iced lattes at home", job.Title);
        Assert.Equal("latte, ice", job.Keywords);
        Assert.Equal(ProjectStatus.Setup, job.Status);
        Assert.Equal(world.WriterId, job.WriterId);
        Assert.Equal([world.SampleId], job.Samples.Select(s => s.ReferencePieceId));
        Assert.Equal(ProjectEventKind.Created, job.Events.OrderBy(e => e.Id).First().Kind);
        Assert.Empty(await world.NotificationsOfAsync(world.WriterUser.Id));
    }

    [Fact]
    public async Task Posting_for_another_owners_client_finds_nothing_and_posts_nothing()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Setup);
        var stranger = await world.AnotherOwnerAsync();
        var details = await world.DetailsAsync();

        var id = await world.Database.WithDbAsync(db =>
            world.Jobs(db).CreateAsync(stranger.Id, world.ClientId, details, writerId: null, [], default));

        Assert.Null(id);
        Assert.Equal(1, await world.Database.WithDbAsync(db => db.Projects.CountAsync()));
    }

    [Fact]
    public async Task Posting_for_an_archived_client_is_refused_with_a_sentence_and_posts_nothing()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Setup);
        var details = await world.DetailsAsync();
        await world.Database.WithDbAsync(db => new ClientBook(db, world.Clock).ArchiveAsync(world.Owner.Id, world.ClientId, default));

        var refused = await Assert.ThrowsAsync<DomainException>(() => world.Database.WithDbAsync(db =>
            world.Jobs(db).CreateAsync(world.Owner.Id, world.ClientId, details, world.WriterId, [world.SampleId], default)));

        Assert.Equal(Jobs.ClientArchived("Juniper & Oak"), refused.Message);
        Assert.Equal(1, await world.Database.WithDbAsync(db => db.Projects.CountAsync()));
    }

    [Fact]
    public async Task Moving_the_due_date_of_a_job_under_way_tells_the_writer_in_the_app_and_by_email()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.InProgress);
        var details = await world.DetailsAsync();
        var version = await world.VersionAsync();

        var edited = await world.Database.WithDbAsync(db =>
            world.Jobs(db).EditAsync(world.Owner.Id, world.JobId, version, details with { DueOn = new DateOnly(2026, 12, 17) }, world.WriterId, [world.SampleId], default));

        Assert.Equal(new JobEdited(BriefOutOfDate: true, NextBriefVersion: 2), edited);
        var notice = Assert.Single(await world.NotificationsOfAsync(world.WriterUser.Id));
        Assert.Equal(NotificationKind.DueDateMoved, notice.Kind);
        Assert.Equal(
            "The due date of \"Cold brew without the fuss\" moved from Thursday 10 December 2026 to Thursday 17 December 2026", notice.Text);
        Assert.Equal($"/WriterJob/{world.JobId}", notice.Url);
        var email = Assert.Single(await world.EmailsToAsync(world.WriterUser.Email!));
        Assert.Equal(notice.Text, email.Subject);
        Assert.Contains($"https://hub.example.com/WriterJob/{world.JobId}", email.Body, StringComparison.Ordinal);
        var job = await world.JobAsync();
        Assert.Equal(new DateOnly(2026, 12, 17), job.DueOn);
        Assert.Equal(ProjectEventKind.Edited, job.Events.OrderBy(e => e.Id).Last().Kind);
    }

    [Theory]
    [InlineData(ProjectStatus.InProgress)]
    [InlineData(ProjectStatus.Submitted)]
    [InlineData(ProjectStatus.RevisionRequested)]
    public async Task An_edit_after_the_brief_was_issued_asks_for_the_next_version_and_tells_the_writer_nothing_yet(ProjectStatus status)
    {
        using var world = await JobWorld.CreateAsync(status);
        var details = await world.DetailsAsync();

        var edited = await world.Database.WithDbAsync(async db =>
            await world.Jobs(db).EditAsync(world.Owner.Id, world.JobId, await world.VersionAsync(), details with { KeyPoints = "Start from a real moment" }, world.WriterId, [world.SampleId], default));

        Assert.True(edited!.BriefOutOfDate);
        Assert.Empty(await world.NotificationsOfAsync(world.WriterUser.Id));
        Assert.Equal(status, (await world.JobAsync()).Status);
    }

    [Fact]
    public async Task The_owners_answers_are_kept_with_their_questions_and_unanswered_questions_are_not()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Setup);
        var renderer = new MarkdownRenderer();
        var words = new OwnerWords(
        [
            new OwnerAnswer(" Why does this piece matter to you? ", renderer.Render("My dad drank *awful* coffee.")),
            new OwnerAnswer("A story or example you would tell about it", renderer.Render("  ")),
        ]);
        var details = await world.DetailsAsync() with { OwnerWords = words };

        var id = await world.Database.WithDbAsync(db =>
            world.Jobs(db).CreateAsync(world.Owner.Id, world.ClientId, details, world.WriterId, [world.SampleId], default));

        var saved = await world.Database.WithDbAsync(db => db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => p.OwnerWords).SingleAsync());
        var answer = Assert.Single(saved.Answers);
        Assert.Equal("Why does this piece matter to you?", answer.Prompt);
        Assert.Equal("My dad drank *awful* coffee.", answer.Answer.Markdown);
        Assert.Contains("<em>awful</em>", answer.Answer.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_only_the_owners_words_after_the_brief_was_issued_asks_for_the_next_version()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.InProgress);
        var renderer = new MarkdownRenderer();
        var details = await world.DetailsAsync() with
        {
            OwnerWords = new([new OwnerAnswer("What do most people get wrong about this?", renderer.Render("They blame the beans."))]),
        };

        var edited = await world.Database.WithDbAsync(async db =>
            await world.Jobs(db).EditAsync(world.Owner.Id, world.JobId, await world.VersionAsync(), details, world.WriterId, [world.SampleId], default));
        var again = await world.Database.WithDbAsync(async db =>
            await world.Jobs(db).EditAsync(world.Owner.Id, world.JobId, await world.VersionAsync(), details, world.WriterId, [world.SampleId], default));

        Assert.Equal(new JobEdited(BriefOutOfDate: true, NextBriefVersion: 2), edited);
        Assert.Equal("They blame the beans.", Assert.Single((await world.JobAsync()).OwnerWords.Answers).Answer.Markdown);
        // The same answers again are no change: equal by their content, not by the list holding them.
        Assert.False(again!.BriefOutOfDate);
    }

    [Fact]
    public async Task Saving_without_a_change_records_no_edit_and_needs_no_new_brief()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.InProgress);
        var events = (await world.JobAsync()).Events.Count;

        var edited = await world.Database.WithDbAsync(async db =>
            await world.Jobs(db).EditAsync(world.Owner.Id, world.JobId, await world.VersionAsync(), await world.DetailsAsync(), world.WriterId, [world.SampleId], default));

        Assert.False(edited!.BriefOutOfDate);
        Assert.Equal(events, (await world.JobAsync()).Events.Count);
    }

    [Fact]
    public async Task A_job_in_setup_is_edited_without_telling_the_writer_who_has_not_seen_it()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Setup);
        var details = await world.DetailsAsync();

        var edited = await world.Database.WithDbAsync(async db =>
            await world.Jobs(db).EditAsync(world.Owner.Id, world.JobId, await world.VersionAsync(), details with { DueOn = new DateOnly(2026, 12, 24) }, world.WriterId, [world.SampleId], default));

        Assert.False(edited!.BriefOutOfDate);
        Assert.Empty(await world.NotificationsOfAsync(world.WriterUser.Id));
    }

    [Fact]
    public async Task An_edit_that_breaks_a_rule_saves_nothing()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.RevisionRequested);
        var details = await world.DetailsAsync();

        await Assert.ThrowsAsync<DomainException>(() => world.Database.WithDbAsync(async db =>
            await world.Jobs(db).EditAsync(world.Owner.Id, world.JobId, await world.VersionAsync(), details with { RevisionRoundsIncluded = 0, DueOn = new DateOnly(2026, 12, 24) }, world.WriterId, [world.SampleId], default)));

        Assert.Equal(new DateOnly(2026, 12, 10), (await world.JobAsync()).DueOn);
        Assert.Empty(await world.NotificationsOfAsync(world.WriterUser.Id));
    }

    [Fact]
    public async Task An_edit_from_an_older_version_of_the_job_is_refused()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.InProgress);
        var details = await world.DetailsAsync();
        var version = await world.VersionAsync();
        await world.Database.WithDbAsync(db => world.Jobs(db).EditAsync(world.Owner.Id, world.JobId, version, details with { Goal = "First" }, world.WriterId, [world.SampleId], default));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => world.Database.WithDbAsync(db =>
            world.Jobs(db).EditAsync(world.Owner.Id, world.JobId, version, details with { Goal = "Second" }, world.WriterId, [world.SampleId], default)));

        Assert.Equal("First", (await world.JobAsync()).Goal);
    }

    [Fact]
    public async Task Cancelling_tells_the_writer_with_the_reason_which_the_timeline_keeps()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Submitted);

        var cancelled = await world.Database.WithDbAsync(db => world.Jobs(db).CancelAsync(world.Owner.Id, world.JobId, "The launch moved to spring.", default));

        Assert.True(cancelled);
        var job = await world.JobAsync();
        Assert.Equal(ProjectStatus.Cancelled, job.Status);
        var cancellation = job.Events.OrderBy(e => e.Id).Last();
        Assert.Equal(ProjectEventKind.Cancelled, cancellation.Kind);
        Assert.Equal("The launch moved to spring.", cancellation.Detail);
        var notice = Assert.Single(await world.NotificationsOfAsync(world.WriterUser.Id));
        Assert.Equal(NotificationKind.JobCancelled, notice.Kind);
        Assert.Equal("Maya Owner cancelled \"Cold brew without the fuss\": The launch moved to spring.", notice.Text);
        Assert.Equal($"/WriterJob/{world.JobId}", notice.Url);
        Assert.Contains("The launch moved to spring.", Assert.Single(await world.EmailsToAsync(world.WriterUser.Email!)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_without_a_reason_still_tells_the_writer()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Briefed);

        await world.Database.WithDbAsync(db => world.Jobs(db).CancelAsync(world.Owner.Id, world.JobId, "", default));

        Assert.Equal("Maya Owner cancelled \"Cold brew without the fuss\"", Assert.Single(await world.NotificationsOfAsync(world.WriterUser.Id)).Text);
        Assert.Null((await world.JobAsync()).Events.OrderBy(e => e.Id).Last().Detail);
    }

    [Fact]
    public async Task A_long_reason_is_whole_in_the_email_and_cut_to_fit_in_the_app()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.InProgress);
        var reason = string.Join(' ', Enumerable.Repeat("spring", 70)).Trim();

        await world.Database.WithDbAsync(db => world.Jobs(db).CancelAsync(world.Owner.Id, world.JobId, reason, default));

        var notice = Assert.Single(await world.NotificationsOfAsync(world.WriterUser.Id));
        Assert.Equal(FieldLengths.Line, notice.Text.Length);
        Assert.EndsWith("…", notice.Text, StringComparison.Ordinal);
        Assert.Contains(reason, Assert.Single(await world.EmailsToAsync(world.WriterUser.Email!)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_a_job_still_in_setup_tells_nobody()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.Setup);

        await world.Database.WithDbAsync(db => world.Jobs(db).CancelAsync(world.Owner.Id, world.JobId, "Changed my mind", default));

        Assert.Equal(ProjectStatus.Cancelled, (await world.JobAsync()).Status);
        Assert.Empty(await world.NotificationsOfAsync(world.WriterUser.Id));
    }

    [Fact]
    public async Task Another_owner_can_neither_edit_nor_cancel_the_job()
    {
        using var world = await JobWorld.CreateAsync(ProjectStatus.InProgress);
        var intruder = await world.AnotherOwnerAsync();
        var details = await world.DetailsAsync();

        var edited = await world.Database.WithDbAsync(async db =>
            await world.Jobs(db).EditAsync(intruder.Id, world.JobId, await world.VersionAsync(), details with { Goal = "Hijacked" }, world.WriterId, [world.SampleId], default));
        var cancelled = await world.Database.WithDbAsync(db => world.Jobs(db).CancelAsync(intruder.Id, world.JobId, null, default));

        Assert.Null(edited);
        Assert.False(cancelled);
        var job = await world.JobAsync();
        Assert.Equal(ProjectStatus.InProgress, job.Status);
        Assert.NotEqual("Hijacked", job.Goal);
    }
}
