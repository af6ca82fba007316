using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Writers;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Writers;

/// <summary>
/// "Writers": each of the owner's active clients with the writers on its roster (jobs done and under way for that
/// client), whom the owner can take off the roster, and the invitations still open, which the owner can withdraw.
/// Two queries, whatever the size of the roster.
/// </summary>
public sealed class IndexModel(OutsourceHubDbContext db, Rosters rosters, Invitations invitations, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    private const string StatusKey = "Writers.Status";

    public IReadOnlyList<ClientRoster> Clients { get; private set; } = [];

    public IReadOnlyList<PendingInvitation> Pending { get; private set; } = [];

    [TempData(Key = StatusKey)]
    public string? Status { get; set; }

    public IEnumerable<PendingInvitation> PendingFor(int clientId) => Pending.Where(i => i.ClientId == clientId);

    public IEnumerable<PendingInvitation> PendingOwners => Pending.Where(i => i.Kind == InvitationKind.Owner);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var ownerId = User.UserId();
        var now = clock.GetUtcNow().UtcDateTime;
        var lines = await RosterLinesAsync(ownerId, cancellationToken);
        Clients = lines
            .GroupBy(l => (l.ClientId, l.ClientName))
            .Select(g => new ClientRoster(
                g.Key.ClientId,
                g.Key.ClientName,
                g.Where(l => l.WriterId is not null)
                    .Select(l => new WriterRow(l.WriterId!.Value, l.WriterName!, l.WriterEmail!, l.JobsDone, l.JobsInProgress))
                    .ToList()))
            .ToList();

        Pending = await db.InvitationsOf(ownerId).AsNoTracking()
            .Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Select(i => new PendingInvitation(i.Id, i.Kind, i.ClientId, i.Email, i.CreatedAt, i.ExpiresAt))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// One line per (active client, writer on its roster) with the writer's jobs for that client approved and under way,
    /// or one empty line for a client without writers: one query.
    /// </summary>
    private Task<List<RosterLine>> RosterLinesAsync(string ownerId, CancellationToken cancellationToken)
    {
        // Jobs per (client, writer), counted once in a grouped subquery and joined to the roster.
        var counts =
            from p in db.ProjectsOf(ownerId)
            where p.WriterId != null
            group p by new { p.ClientId, WriterId = p.WriterId!.Value } into g
            select new
            {
                g.Key.ClientId,
                g.Key.WriterId,
                Done = g.AsQueryable().Count(ProjectStatuses.IsApprovedJob),
                InProgress = g.AsQueryable().Count(ProjectStatuses.IsUnderWayJob),
            };
        var roster =
            from r in db.Roster
            join w in db.Writers on r.WriterId equals w.Id
            join u in db.Users on w.UserId equals u.Id
            join k in counts on new { r.ClientId, r.WriterId } equals new { k.ClientId, k.WriterId } into jobs
            from k in jobs.DefaultIfEmpty()
            select new
            {
                r.ClientId,
                r.WriterId,
                u.DisplayName,
                Email = u.Email ?? string.Empty,
                // COALESCE in SQL: a writer with no jobs for this client has no counts row.
                Done = (int?)k.Done ?? 0,
                InProgress = (int?)k.InProgress ?? 0,
            };

        // Every client, with or without writers: one line per (client, writer), or one empty line.
        return (
            from c in db.ClientsOf(ownerId)
            where c.ArchivedAt == null
            join x in roster on c.Id equals x.ClientId into writers
            from x in writers.DefaultIfEmpty()
            orderby c.Name, c.Id, x.DisplayName, x.WriterId
            // Casts to nullable: a client with no writer reads NULL from the outer join.
            select new RosterLine(
                c.Id,
                c.Name,
                (int?)x.WriterId,
                (string?)x.DisplayName,
                (string?)x.Email,
                (int?)x.Done ?? 0,
                (int?)x.InProgress ?? 0))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        try
        {
            if (await invitations.RevokeAsync(User.UserId(), id, cancellationToken) is not { } revoked)
            {
                return NotFound();
            }

            Status = revoked.Confirmation;
        }
        catch (DomainException refused)
        {
            Status = refused.Message;
        }

        return RedirectToPage();
    }

    /// <summary>Takes a writer off one client's roster; the jobs already assigned to them stay theirs, and they are told.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(int clientId, int writerId, CancellationToken cancellationToken)
    {
        var ownerId = User.UserId();
        try
        {
            var removed = await rosters.RemoveAsync(ownerId, clientId, writerId, cancellationToken);
            if (removed is null)
            {
                return NotFound();
            }

            logger.LogInformation("Writer {WriterId} taken off the roster of client {ClientId} by {UserId}", writerId, clientId, ownerId);
            Status = removed.Confirmation;
        }
        catch (DomainException refused)
        {
            Status = refused.Message;
        }

        return RedirectToPage();
    }

    private sealed record RosterLine(
        int ClientId, string ClientName, int? WriterId, string? WriterName, string? WriterEmail, int JobsDone, int JobsInProgress);

    public sealed record ClientRoster(int Id, string Name, IReadOnlyList<WriterRow> Writers);

    public sealed record WriterRow(int Id, string Name, string Email, int JobsDone, int JobsInProgress);

    public sealed record PendingInvitation(int Id, InvitationKind Kind, int? ClientId, string Email, DateTime CreatedAt, DateTime ExpiresAt);
}
