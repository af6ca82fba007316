using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Web.Infrastructure;

namespace OutsourceHub.Web.Pages.Clients;

/// <summary>The owner's clients, by name, 25 to a page, each with its number of active reference pieces.</summary>
public sealed class IndexModel(OutsourceHubDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = PagerLinks.QueryKey)]
    public int PageNumber { get; set; } = 1;

    public PageOf<ClientRow> Clients { get; private set; } = new([], 1, PageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The sample count is a subquery of the same SELECT: one round trip for the whole page.
        Clients = await db.ClientsOf(User.UserId()).AsNoTracking()
            // Lower-cased so "acme" and "Acme" sort together on every provider (SQLite compares bytes).
            .OrderBy(c => c.Name.ToLower()).ThenBy(c => c.Id)
            .Select(c => new ClientRow(
                c.Id,
                c.Name,
                c.Audience,
                db.ReferencePieces.Count(r => r.ClientId == c.Id && r.ArchivedAt == null)))
            .ToPageAsync(PageNumber, PageSize, cancellationToken);
    }

    public sealed record ClientRow(int Id, string Name, string Audience, int ActiveSamples);
}
