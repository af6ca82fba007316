using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Infrastructure;

namespace OutsourceHub.Web.Pages.MyJobs;

/// <summary>"My jobs": the jobs assigned to the signed-in writer, and nothing else.</summary>
public sealed class IndexModel(OutsourceHubDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    // From the query only: the route value "page" is the page's own name in Razor Pages.
    [BindProperty(SupportsGet = true)]
    [FromQuery(Name = PagerLinks.PageKey)]
    public int PageNumber { get; set; } = 1;

    public PageOf<JobRow> Jobs { get; private set; } = new([], 1, PageSize, 0);

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.UserId();
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Jobs = await db.Projects.AsNoTracking()
            .Where(p => p.Status != ProjectStatus.Setup)
            .Join(db.Writers.Where(w => w.UserId == userId), p => p.WriterId, w => w.Id, (p, w) => p)
            .Join(db.Clients, p => p.ClientId, c => c.Id, (p, c) => new { Project = p, Client = c })
            .OrderBy(x => x.Project.DueOn).ThenBy(x => x.Project.Id)
            .Select(x => new JobRow(x.Project.Id, x.Project.Title, x.Client.Name, x.Project.Status, x.Project.DueOn))
            .ToPageAsync(PageNumber, PageSize, cancellationToken);
    }

    public sealed record JobRow(int Id, string Title, string Client, ProjectStatus Status, DateOnly DueOn);
}
