using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Infrastructure;

namespace OutsourceHub.Web.Pages.Projects;

/// <summary>"Your jobs": every job of every client the signed-in owner keeps, soonest due first.</summary>
public sealed class IndexModel(OutsourceHubDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = PagerLinks.QueryKey)]
    public int PageNumber { get; set; } = 1;

    public PageOf<JobRow> Jobs { get; private set; } = new([], 1, PageSize, 0);

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var ownerId = User.UserId();
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Jobs = await db.Projects.AsNoTracking()
            .Join(db.Clients, p => p.ClientId, c => c.Id, (p, c) => new { Project = p, Client = c })
            .Where(x => x.Client.OwnerId == ownerId)
            .OrderBy(x => x.Project.DueOn).ThenBy(x => x.Project.Id)
            .Select(x => new JobRow(
                x.Project.Id,
                x.Project.Title,
                x.Client.Name,
                x.Project.Status,
                x.Project.DueOn,
                db.Writers.Where(w => w.Id == x.Project.WriterId)
                    .Join(db.Users, w => w.UserId, u => u.Id, (w, u) => u.DisplayName)
                    .FirstOrDefault()))
            .ToPageAsync(PageNumber, PageSize, cancellationToken);
    }

    public sealed record JobRow(int Id, string Title, string Client, ProjectStatus Status, DateOnly DueOn, string? Writer);
}
