using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Tests.Data;

namespace OutsourceHub.Core.Tests.Samples;

/// <summary>Adding, editing, archiving and restoring a reference piece, each only through its owner, on real SQLite.</summary>
public sealed class ReferencePiecesTests : IDisposable
{
    private static readonly MarkdownRenderer Renderer = new();

    private readonly SqliteDatabase database = new();

    private static SampleDetails Typed => new(
        "  The Sunday Pour ",
        ContentKind.Newsletter,
        " ",
        Renderer.Render("Morning, friend. Do grinders matter? Yes."),
        new DateOnly(2026, 3, 14),
        " The rhythm. ");

    [Fact]
    public async Task Adding_a_piece_to_the_owners_client_stores_it_trimmed_with_its_voice_measured()
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var client = await database.AddClientAsync(owner.Id);

        var id = await database.WithDbAsync(db => Pieces(db).CreateAsync(owner.Id, client.Id, Typed, default));

        var piece = await database.WithDbAsync(db => db.ReferencePieces.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(client.Id, piece.ClientId);
        Assert.Equal("The Sunday Pour", piece.Title);
        Assert.Null(piece.Url);
        Assert.Equal("The rhythm.", piece.WhatToTake);
        Assert.Equal(new DateOnly(2026, 3, 14), piece.PublishedOn);
        Assert.Equal(6, piece.VoiceProfile?.WordCount);
    }

    [Fact]
    public async Task Adding_a_piece_to_another_owners_client_finds_nothing_and_adds_nothing()
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var stranger = await database.AddUserAsync("Other Owner");
        var client = await database.AddClientAsync(owner.Id);

        var id = await database.WithDbAsync(db => Pieces(db).CreateAsync(stranger.Id, client.Id, Typed, default));

        Assert.Null(id);
        Assert.False(await database.WithDbAsync(db => db.ReferencePieces.AnyAsync()));
    }

    [Fact]
    public async Task An_edit_replaces_the_details_and_measures_the_new_text()
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var client = await database.AddClientAsync(owner.Id);
        var id = await database.WithDbAsync(db => Pieces(db).CreateAsync(owner.Id, client.Id, Typed, default));

        var saved = await database.WithDbAsync(db => Pieces(db).EditAsync(
            owner.Id, id!.Value, Typed with { Url = "https://example.com/pour", Text = RichText.Empty, Kind = ContentKind.Video }, default));

        Assert.True(saved);
        var piece = await database.WithDbAsync(db => db.ReferencePieces.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal("https://example.com/pour", piece.Url);
        Assert.Equal(ContentKind.Video, piece.Kind);
        Assert.Null(piece.VoiceProfile);
    }

    [Fact]
    public async Task Archiving_and_restoring_change_only_the_owners_piece()
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var stranger = await database.AddUserAsync("Other Owner");
        var client = await database.AddClientAsync(owner.Id);
        var id = (await database.WithDbAsync(db => Pieces(db).CreateAsync(owner.Id, client.Id, Typed, default)))!.Value;

        var strangerArchived = await database.WithDbAsync(db => Pieces(db).ArchiveAsync(stranger.Id, id, default));
        var strangerEdited = await database.WithDbAsync(db => Pieces(db).EditAsync(stranger.Id, id, Typed with { Title = "Mine now" }, default));
        var archived = await database.WithDbAsync(db => Pieces(db).ArchiveAsync(owner.Id, id, default));
        var whileArchived = await database.WithDbAsync(db => db.ReferencePieces.AsNoTracking().SingleAsync(r => r.Id == id));
        var restored = await database.WithDbAsync(db => Pieces(db).RestoreAsync(owner.Id, id, default));
        var after = await database.WithDbAsync(db => db.ReferencePieces.AsNoTracking().SingleAsync(r => r.Id == id));

        Assert.False(strangerArchived);
        Assert.False(strangerEdited);
        Assert.True(archived);
        Assert.True(whileArchived.IsArchived);
        Assert.True(restored);
        Assert.False(after.IsArchived);
        Assert.Equal("The Sunday Pour", after.Title);
    }

    [Fact]
    public async Task An_approved_draft_becomes_a_piece_once_with_its_text_job_and_writer()
    {
        var job = await ApprovedJobAsync();

        var id = await database.WithDbAsync(db => Pieces(db).AddApprovedDraftAsync(job.OwnerId, job.JobId, " Water, approved ", " How it opens. ", default));
        var again = await Assert.ThrowsAsync<DomainException>(() => database.WithDbAsync(db => Pieces(db).AddApprovedDraftAsync(job.OwnerId, job.JobId, "Again", "Again", default)));

        var piece = await database.WithDbAsync(db => db.ReferencePieces.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal("Water, approved", piece.Title);
        Assert.Equal("How it opens.", piece.WhatToTake);
        Assert.Equal("The water was hard, so I filtered it.", piece.Text.Markdown);
        Assert.Equal((job.JobId, 1, job.WriterId), (piece.FromProjectId!.Value, piece.FromDraftNumber!.Value, piece.FromWriterId!.Value));
        Assert.True(piece.IsGhostwritten);
        Assert.True(piece.InVoiceMatch);
        Assert.NotNull(piece.VoiceProfile);
        Assert.Equal(ReferencePieces.AlreadyAdded, again.Message);
    }

    [Fact]
    public async Task A_draft_not_yet_approved_or_another_owners_job_is_not_added()
    {
        var job = await database.JobInProgressAsync();
        await database.WithDbAsync(async db =>
        {
            var project = await db.Projects.Include(p => p.Briefs).ThenInclude(b => b.Acknowledgements).SingleAsync(p => p.Id == job.JobId);
            project.SubmitDraft(job.WriterId, Renderer.Render("A draft."), 2, job.WriterUserId, SqliteDatabase.Start);
            return await db.SaveChangesAsync();
        });
        var stranger = await database.AddUserAsync("Other Owner");

        var submitted = await Assert.ThrowsAsync<DomainException>(() => database.WithDbAsync(db => Pieces(db).AddApprovedDraftAsync(job.OwnerId, job.JobId, "Water", "The opening.", default)));
        var theirs = await database.WithDbAsync(db => Pieces(db).AddApprovedDraftAsync(stranger.Id, job.JobId, "Water", "The opening.", default));

        Assert.Equal(ReferencePiece.OnlyApproved, submitted.Message);
        Assert.Null(theirs);
        Assert.Equal(1, await database.WithDbAsync(db => db.ReferencePieces.CountAsync()));
    }

    [Fact]
    public async Task A_ghostwritten_piece_left_out_of_the_voice_match_is_not_compared_but_still_sent()
    {
        var job = await ApprovedJobAsync();
        var id = (await database.WithDbAsync(db => Pieces(db).AddApprovedDraftAsync(job.OwnerId, job.JobId, "Water", "How it opens.", default)))!.Value;
        var details = await database.WithDbAsync(db => db.ReferencePieces.AsNoTracking().Where(r => r.Id == id).Select(r => r.Text).SingleAsync());

        await database.WithDbAsync(db => Pieces(db).EditAsync(job.OwnerId, id, new SampleDetails("Water", ContentKind.Article, null, details, null, "How it opens.") { InVoiceMatch = false }, default));

        var piece = await database.WithDbAsync(db => db.ReferencePieces.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.False(piece.InVoiceMatch);
        Assert.True(piece.IsGhostwritten);
    }

    public void Dispose() => database.Dispose();

    /// <summary>A job whose draft 1 ("The water was hard, so I filtered it.") the owner approved.</summary>
    private async Task<JobInProgress> ApprovedJobAsync()
    {
        var job = await database.JobInProgressAsync();
        await database.WithDbAsync(async db =>
        {
            var project = await db.Projects.Include(p => p.Briefs).ThenInclude(b => b.Acknowledgements)
                .Include(p => p.Drafts).ThenInclude(d => d.Feedback).SingleAsync(p => p.Id == job.JobId);
            var draft = project.SubmitDraft(job.WriterId, Renderer.Render("The water was hard, so I filtered it."), 8, job.WriterUserId, SqliteDatabase.Start);
            project.GiveFeedback(draft, FeedbackDecision.Approve, RichText.Empty, [], job.OwnerId, SqliteDatabase.Start);
            return await db.SaveChangesAsync();
        });
        return job;
    }

    private static ReferencePieces Pieces(OutsourceHubDbContext db) => new(db, TimeProvider.System);
}
