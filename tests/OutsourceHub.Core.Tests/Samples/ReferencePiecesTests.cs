using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
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

    public void Dispose() => database.Dispose();

    private static ReferencePieces Pieces(OutsourceHubDbContext db) => new(db, TimeProvider.System);
}
