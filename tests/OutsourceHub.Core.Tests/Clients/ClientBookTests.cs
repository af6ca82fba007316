using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Tests.Data;

namespace OutsourceHub.Core.Tests.Clients;

/// <summary>
/// Adding and editing a client stores what the owner wrote as the client keeps it; an edit from an older version
/// changes nothing. Archiving a client puts it away without deleting anything; restoring brings it back.
/// </summary>
public sealed class ClientBookTests : IDisposable
{
    private readonly SqliteDatabase database = new();

    private static readonly ClientDetails Typed = new(
        "  Juniper & Oak Coffee ",
        "  ",
        " Home brewers ",
        new VoiceProfile { ToneWords = " warm, direct ", PointOfView = PointOfView.FirstPersonPlural, SignatureWords = "honest cup " },
        RichText.Empty,
        RichText.Empty);

    [Fact]
    public async Task Adding_a_client_stores_it_trimmed_and_without_an_empty_website_for_its_owner()
    {
        var owner = await database.AddUserAsync("Maya Owner");

        var id = await database.WithDbAsync(db => Book(db).CreateAsync(owner.Id, Typed, CancellationToken.None));

        var client = await database.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(owner.Id, client.OwnerId);
        Assert.Equal("Juniper & Oak Coffee", client.Name);
        Assert.Null(client.Website);
        Assert.Equal("Home brewers", client.Audience);
        Assert.Equal(new VoiceProfile { ToneWords = "warm, direct", PointOfView = PointOfView.FirstPersonPlural, SignatureWords = "honest cup" }, client.Voice);
    }

    [Fact]
    public async Task A_client_asks_the_usual_three_questions_until_the_owner_writes_their_own()
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var defaults = Typed with { OwnerPrompts = string.Join("\r\n", OwnerWords.DefaultPrompts) };
        var own = Typed with { OwnerPrompts = " What should a reader try tomorrow? \n\nWho taught you this?" };

        var usual = await database.WithDbAsync(db => Book(db).CreateAsync(owner.Id, defaults, CancellationToken.None));
        var custom = await database.WithDbAsync(db => Book(db).CreateAsync(owner.Id, own, CancellationToken.None));

        var clients = await database.WithDbAsync(db => db.Clients.AsNoTracking().OrderBy(c => c.Id).ToListAsync());
        // The defaults typed back unchanged are stored as "the defaults", so the client follows them.
        Assert.Equal(string.Empty, clients[0].OwnerPrompts);
        Assert.Equal(OwnerWords.DefaultPrompts, clients[0].Prompts);
        Assert.Equal(["What should a reader try tomorrow?", "Who taught you this?"], clients[1].Prompts);
        Assert.Equal([usual, custom], clients.Select(c => c.Id));
    }

    [Fact]
    public async Task An_edit_from_the_version_the_form_was_opened_at_is_saved_and_one_from_an_older_version_changes_nothing()
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var client = await database.AddClientAsync(owner.Id);

        var saved = await database.WithDbAsync(db =>
            Book(db).EditAsync(owner.Id, client.Id, client.Version, Typed with { Name = "Juniper & Oak Roasters" }, CancellationToken.None));
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => database.WithDbAsync(db =>
            Book(db).EditAsync(owner.Id, client.Id, client.Version, Typed with { Name = "Stale" }, CancellationToken.None)));

        Assert.True(saved);
        var after = await database.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == client.Id));
        Assert.Equal("Juniper & Oak Roasters", after.Name);
        Assert.Equal(client.Version + 1, after.Version);
    }

    [Fact]
    public async Task Editing_another_owners_client_finds_nothing_and_changes_nothing()
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var stranger = await database.AddUserAsync("Other Owner");
        var client = await database.AddClientAsync(owner.Id);

        var saved = await database.WithDbAsync(db =>
            Book(db).EditAsync(stranger.Id, client.Id, client.Version, Typed, CancellationToken.None));

        Assert.False(saved);
        Assert.Equal("Juniper & Oak", (await database.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == client.Id))).Name);
    }

    [Fact]
    public async Task Archiving_a_client_keeps_its_jobs_and_restoring_brings_it_back()
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var client = await database.AddClientAsync(owner.Id);
        await database.WithDbAsync(async db =>
        {
            db.Projects.Add(new Project(client.Id, "Cold brew", ContentKind.BlogPost, new DateOnly(2027, 1, 1), owner.Id, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });

        var archived = await database.WithDbAsync(db => Book(db).ArchiveAsync(owner.Id, client.Id, CancellationToken.None));
        var whileArchived = await database.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == client.Id));
        var restored = await database.WithDbAsync(db => Book(db).RestoreAsync(owner.Id, client.Id, CancellationToken.None));
        var afterRestore = await database.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == client.Id));

        Assert.True(archived);
        Assert.True(whileArchived.IsArchived);
        Assert.True(restored);
        Assert.False(afterRestore.IsArchived);
        Assert.Equal(1, await database.WithDbAsync(db => db.Projects.CountAsync(p => p.ClientId == client.Id)));
    }

    [Fact]
    public async Task Archiving_twice_or_restoring_an_active_client_is_refused_with_a_sentence()
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var client = await database.AddClientAsync(owner.Id);

        var restoreActive = await Assert.ThrowsAsync<DomainException>(
            () => database.WithDbAsync(db => Book(db).RestoreAsync(owner.Id, client.Id, CancellationToken.None)));
        await database.WithDbAsync(db => Book(db).ArchiveAsync(owner.Id, client.Id, CancellationToken.None));
        var archiveAgain = await Assert.ThrowsAsync<DomainException>(
            () => database.WithDbAsync(db => Book(db).ArchiveAsync(owner.Id, client.Id, CancellationToken.None)));

        Assert.Equal("Juniper & Oak is not archived.", restoreActive.Message);
        Assert.Equal("Juniper & Oak is already archived.", archiveAgain.Message);
    }

    [Fact]
    public async Task Another_owners_client_is_not_found_and_stays_active()
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var stranger = await database.AddUserAsync("Other Owner");
        var client = await database.AddClientAsync(owner.Id);

        var archived = await database.WithDbAsync(db => Book(db).ArchiveAsync(stranger.Id, client.Id, CancellationToken.None));

        Assert.False(archived);
        Assert.False((await database.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == client.Id))).IsArchived);
    }

    public void Dispose() => database.Dispose();

    private static ClientBook Book(OutsourceHubDbContext db) => new(db, TimeProvider.System);
}
