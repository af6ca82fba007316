using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Tests.Data;

namespace OutsourceHub.Core.Tests.Clients;

/// <summary>Archiving a client puts it away without deleting anything; restoring brings it back.</summary>
public sealed class ClientArchiveTests : IDisposable
{
    private readonly SqliteDatabase database = new();

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

        var archived = await database.WithDbAsync(db => Archive(db).ArchiveAsync(owner.Id, client.Id, CancellationToken.None));
        var whileArchived = await database.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == client.Id));
        var restored = await database.WithDbAsync(db => Archive(db).RestoreAsync(owner.Id, client.Id, CancellationToken.None));
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
            () => database.WithDbAsync(db => Archive(db).RestoreAsync(owner.Id, client.Id, CancellationToken.None)));
        await database.WithDbAsync(db => Archive(db).ArchiveAsync(owner.Id, client.Id, CancellationToken.None));
        var archiveAgain = await Assert.ThrowsAsync<DomainException>(
            () => database.WithDbAsync(db => Archive(db).ArchiveAsync(owner.Id, client.Id, CancellationToken.None)));

        Assert.Equal("Juniper & Oak is not archived.", restoreActive.Message);
        Assert.Equal("Juniper & Oak is already archived.", archiveAgain.Message);
    }

    [Fact]
    public async Task Another_owners_client_is_not_found_and_stays_active()
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var stranger = await database.AddUserAsync("Other Owner");
        var client = await database.AddClientAsync(owner.Id);

        var archived = await database.WithDbAsync(db => Archive(db).ArchiveAsync(stranger.Id, client.Id, CancellationToken.None));

        Assert.False(archived);
        Assert.False((await database.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == client.Id))).IsArchived);
    }

    public void Dispose() => database.Dispose();

    private static ClientArchive Archive(OutsourceHubDbContext db) => new(db, TimeProvider.System);
}
