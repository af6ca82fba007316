using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Core.Data;

/// <summary>
/// The ownership checks. Every page loads a client, sample or job through one of these, so another
/// user's id finds nothing and the page answers 404.
/// </summary>
public static class Ownership
{
    public static IQueryable<Client> ClientsOf(this OutsourceHubDbContext db, string ownerId) =>
        db.Clients.Where(c => c.OwnerId == ownerId);

    /// <summary>Invitations an owner may see and withdraw: to their clients' rosters, and the owner invitations they sent.</summary>
    public static IQueryable<Invitation> InvitationsOf(this OutsourceHubDbContext db, string ownerId) =>
        db.Invitations.Where(i =>
            (i.Kind == InvitationKind.Writer && db.Clients.Any(c => c.Id == i.ClientId && c.OwnerId == ownerId))
            || (i.Kind == InvitationKind.Owner && i.InvitedById == ownerId));

    public static IQueryable<ReferencePiece> SamplesOf(this OutsourceHubDbContext db, string ownerId) =>
        db.ReferencePieces.Where(r => db.Clients.Any(c => c.Id == r.ClientId && c.OwnerId == ownerId));

    /// <summary>Jobs of the owner's clients.</summary>
    public static IQueryable<Project> ProjectsOf(this OutsourceHubDbContext db, string ownerId) =>
        db.Projects.Where(p => db.Clients.Any(c => c.Id == p.ClientId && c.OwnerId == ownerId));

    /// <summary>Jobs assigned to the writer whose account this is, once briefed: a job in setup is the owner's draft.</summary>
    public static IQueryable<Project> ProjectsAssignedTo(this OutsourceHubDbContext db, string writerUserId) =>
        db.Projects.Where(p => p.BriefVersionsIssued > 0 && db.Writers.Any(w => w.Id == p.WriterId && w.UserId == writerUserId));

    /// <summary>
    /// Writers on the roster of any of the owner's clients, or assigned to one of their jobs: a writer taken off a
    /// roster keeps their history with the owner (the relationship, the dashboard's writer filter).
    /// </summary>
    public static IQueryable<Writer> WritersOf(this OutsourceHubDbContext db, string ownerId) =>
        db.Writers.Where(w => db.Roster.Any(r => r.WriterId == w.Id && db.Clients.Any(c => c.Id == r.ClientId && c.OwnerId == ownerId))
            || db.Projects.Any(p => p.WriterId == w.Id && db.Clients.Any(c => c.Id == p.ClientId && c.OwnerId == ownerId)));

    /// <summary>Jobs a user may read: an owner's own, or a writer's assigned ones.</summary>
    public static IQueryable<Project> ProjectsVisibleTo(this OutsourceHubDbContext db, string userId) =>
        db.Projects.Where(p => db.Clients.Any(c => c.Id == p.ClientId && c.OwnerId == userId)
            || (p.BriefVersionsIssued > 0 && db.Writers.Any(w => w.Id == p.WriterId && w.UserId == userId)));
}
