using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Infrastructure;

namespace OutsourceHub.Web.Pages.Projects;

/// <summary>
/// "Your jobs": every job of every client the signed-in owner keeps, soonest due first, filtered by status,
/// client, writer and title. Five queries whatever the page shows: status counts, the two filter lists, and the
/// page with its total.
/// </summary>
public sealed class IndexModel(OutsourceHubDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = PagerLinks.QueryKey)]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "status")]
    public ProjectStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "clientId")]
    public int? ClientId { get; set; }

    [BindProperty(SupportsGet = true, Name = "writerId")]
    public int? WriterId { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public PageOf<JobRow> Jobs { get; private set; } = new([], 1, PageSize, 0);

    /// <summary>Jobs per status under the client, writer and title filters, every status listed.</summary>
    public IReadOnlyList<StatusCount> Counts { get; private set; } = [];

    public int CountAll => Counts.Sum(c => c.Count);

    public IReadOnlyList<SelectListItem> StatusOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> ClientOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> WriterOptions { get; private set; } = [];

    public bool IsFiltered => Status is not null || ClientId is not null || WriterId is not null || !string.IsNullOrEmpty(Search);

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A filter value that does not bind (an unknown status, "abc" for an id) is ignored, never an error.
        var ownerId = User.UserId();
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        if (Search is { Length: > FieldLengths.Title })
        {
            Search = Search[..FieldLengths.Title]; // no title is longer, so nothing longer can match
        }

        var jobs = db.ProjectsOf(ownerId).AsNoTracking();
        if (ClientId is int clientId)
        {
            jobs = jobs.Where(p => p.ClientId == clientId);
        }

        if (WriterId is int writerId)
        {
            jobs = jobs.Where(p => p.WriterId == writerId);
        }

        if (Search is not null)
        {
            // LIKE, not Contains: SQLite's instr() is case-sensitive, its LIKE is not (for ASCII letters). PostgreSQL's
            // LIKE is case-sensitive, so there it is ILIKE (case-insensitive for every letter).
            var pattern = "%" + EscapeLike(Search) + "%";
            jobs = db.Database.IsNpgsql()
                ? jobs.Where(p => EF.Functions.ILike(p.Title, pattern, "\\"))
                : jobs.Where(p => EF.Functions.Like(p.Title, pattern, "\\"));
        }

        var counts = await jobs.GroupBy(p => p.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, cancellationToken);
        Counts = Enum.GetValues<ProjectStatus>().Select(s => new StatusCount(s, counts.GetValueOrDefault(s))).ToList();

        if (Status is ProjectStatus status)
        {
            jobs = jobs.Where(p => p.Status == status);
        }

        Jobs = await jobs
            .Join(db.Clients, p => p.ClientId, c => c.Id, (p, c) => new { Project = p, Client = c.Name })
            .OrderBy(x => x.Project.DueOn).ThenBy(x => x.Project.Id)
            .Select(x => new JobRow(
                x.Project.Id,
                x.Project.Title,
                x.Client,
                x.Project.Status,
                x.Project.DueOn,
                db.Writers.Where(w => w.Id == x.Project.WriterId)
                    .Join(db.Users, w => w.UserId, u => u.Id, (w, u) => u.DisplayName)
                    .FirstOrDefault()))
            .ToPageAsync(PageNumber, PageSize, cancellationToken);

        StatusOptions = Enum.GetValues<ProjectStatus>()
            .Select(s => new SelectListItem(StatusText.Label(s), s.ToString(), s == Status))
            .ToList();
        ClientOptions = await db.ClientsOf(ownerId).AsNoTracking()
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString(), c.Id == ClientId))
            .ToListAsync(cancellationToken);
        WriterOptions = await db.WritersOf(ownerId).AsNoTracking()
            .Join(db.Users, w => w.UserId, u => u.Id, (w, u) => new { w.Id, u.DisplayName })
            .OrderBy(w => w.DisplayName).ThenBy(w => w.Id)
            .Select(w => new SelectListItem(w.DisplayName, w.Id.ToString(), w.Id == WriterId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The current filters with another status (null for all), back on the first page.</summary>
    public Dictionary<string, string> WithStatus(ProjectStatus? status)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (ClientId is int clientId)
        {
            values["clientId"] = clientId.ToString(CultureInfo.InvariantCulture);
        }

        if (WriterId is int writerId)
        {
            values["writerId"] = writerId.ToString(CultureInfo.InvariantCulture);
        }

        if (Search is not null)
        {
            values["q"] = Search;
        }

        if (status is not null)
        {
            values["status"] = status.Value.ToString();
        }

        return values;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);

    public sealed record JobRow(int Id, string Title, string Client, ProjectStatus Status, DateOnly DueOn, string? Writer)
    {
        /// <summary>Mirrors <see cref="Project.IsOverdue"/> for a row read without its entity.</summary>
        public bool IsOverdue(DateOnly today) => DueOn < today && Status is not (ProjectStatus.Approved or ProjectStatus.Cancelled);
    }

    public sealed record StatusCount(ProjectStatus Status, int Count);
}
