using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Clients;

/// <summary>
/// The owner's active clients, by name, 25 to a page, each with its number of active reference pieces; below them,
/// apart, the archived ones (the latest archived first), each a link to its page, where it is restored.
/// </summary>
public sealed class IndexModel(OutsourceHubDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = PagerLinks.QueryKey)]
    public int PageNumber { get; set; } = 1;

    public PageOf<ClientRow> Clients { get; private set; } = new([], 1, PageSize, 0);

    public PageOf<ArchivedRow> Archived { get; private set; } = new([], 1, PageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The sample count is a subquery of the same SELECT: one round trip for the whole page.
        var ownerId = User.UserId();
        Clients = await db.ClientsOf(ownerId).AsNoTracking()
            .Where(c => c.ArchivedAt == null)
            // Lower-cased so "acme" and "Acme" sort together on every provider (SQLite compares bytes).
            .OrderBy(c => c.Name.ToLower()).ThenBy(c => c.Id)
            .Select(c => new ClientRow(
                c.Id,
                c.Name,
                c.Audience,
                db.ReferencePieces.Count(r => r.ClientId == c.Id && r.ArchivedAt == null)))
            .ToPageAsync(PageNumber, PageSize, cancellationToken);
        Archived = await db.ClientsOf(ownerId).AsNoTracking()
            .Where(c => c.ArchivedAt != null)
            .OrderByDescending(c => c.ArchivedAt).ThenBy(c => c.Id)
            .Select(c => new ArchivedRow(c.Id, c.Name, c.ArchivedAt!.Value))
            .ToPageAsync(1, PageSize, cancellationToken);
    }

    public sealed record ClientRow(int Id, string Name, string Audience, int ActiveSamples);

    public sealed record ArchivedRow(int Id, string Name, DateTime ArchivedAt);
}
