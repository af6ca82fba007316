using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Pages.Projects;

/// <summary>
/// "Your jobs": every job of every client the signed-in owner keeps, soonest due first, filtered by status,
/// client, writer and title. Four queries whatever the page shows: status counts (which give the total), the page,
/// and the two filter lists. An owner with no job at all sees the getting-started checklist instead: the counts, then
/// one query for the checklist, and nothing else.
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

    public IReadOnlyList<SelectListItem> ClientOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> WriterOptions { get; private set; } = [];

    public bool IsFiltered => Status is not null || ClientId is not null || WriterId is not null || !string.IsNullOrEmpty(Search);

    public DateOnly Today { get; private set; }

    /// <summary>The first steps, shown instead of the dashboard while the owner has no job; null once they have one.</summary>
    public GettingStarted? Checklist { get; private set; }

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

        var jobs = Filtered(db.ProjectsOf(ownerId).AsNoTracking());
        var counts = await jobs.GroupBy(p => p.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, cancellationToken);
        Counts = Enum.GetValues<ProjectStatus>().Select(s => new StatusCount(s, counts.GetValueOrDefault(s))).ToList();
        if (!IsFiltered && counts.Count == 0)
        {
            Checklist = await GettingStartedAsync(ownerId, cancellationToken);
            return;
        }

        // The counts already say how many jobs the filters match, so the page needs no COUNT of its own.
        var total = Status is ProjectStatus shown ? counts.GetValueOrDefault(shown) : counts.Values.Sum();
        Jobs = await PageAsync(Status is ProjectStatus status ? jobs.Where(p => p.Status == status) : jobs, total, cancellationToken);
        await LoadFilterListsAsync(ownerId, cancellationToken);
    }

    /// <summary>The owner's jobs under the client, writer and title filters (not the status: the counts list every status).</summary>
    private IQueryable<Project> Filtered(IQueryable<Project> jobs)
    {
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

        return jobs;
    }

    /// <summary>
    /// The page's ids are found first from the (ClientId, Status, DueOn) index alone; only those 25 rows are then read
    /// with their names, not every matching row with its long text columns.
    /// </summary>
    private async Task<PageOf<JobRow>> PageAsync(IQueryable<Project> jobs, int total, CancellationToken cancellationToken)
    {
        var page = Math.Clamp(PageNumber, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var pageIds = jobs.OrderBy(p => p.DueOn).ThenBy(p => p.Id).Select(p => p.Id).Skip((page - 1) * PageSize).Take(PageSize);
        var rows = await db.Projects.AsNoTracking()
            .Where(p => pageIds.Contains(p.Id))
            .OrderBy(p => p.DueOn).ThenBy(p => p.Id)
            .Select(p => new JobRow(
                p.Id,
                p.Title,
                db.Clients.Where(c => c.Id == p.ClientId).Select(c => c.Name).First(),
                p.Status,
                p.DueOn,
                db.Writers.Where(w => w.Id == p.WriterId)
                    .Join(db.Users, w => w.UserId, u => u.Id, (w, u) => u.DisplayName)
                    .FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new PageOf<JobRow>(rows, page, PageSize, total);
    }

    private async Task LoadFilterListsAsync(string ownerId, CancellationToken cancellationToken)
    {
        // Archived clients leave the filter; their jobs stay in the list.
        ClientOptions = await db.ClientsOf(ownerId).AsNoTracking()
            .Where(c => c.ArchivedAt == null || c.Id == ClientId)
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString(), c.Id == ClientId))
            .ToListAsync(cancellationToken);
        WriterOptions = await db.WritersOf(ownerId).AsNoTracking()
            .Join(db.Users, w => w.UserId, u => u.Id, (w, u) => new { w.Id, u.DisplayName })
            .OrderBy(w => w.DisplayName).ThenBy(w => w.Id)
            .Select(w => new SelectListItem(w.DisplayName, w.Id.ToString(), w.Id == WriterId))
            .ToListAsync(cancellationToken);
    }

    /// <summary>What the owner has done of the first steps, in one query from their active clients down.</summary>
    private Task<GettingStarted> GettingStartedAsync(string ownerId, CancellationToken cancellationToken)
    {
        var clients = db.ClientsOf(ownerId).Where(c => c.ArchivedAt == null);
        return db.Users.AsNoTracking()
            .Where(u => u.Id == ownerId)
            .Select(u => new GettingStarted(
                clients.OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefault(),
                clients.Where(c => c.Voice.ToneWords != "" || c.Voice.CaresAbout.Markdown != "").OrderBy(c => c.Id).Select(c => (int?)c.Id).FirstOrDefault(),
                clients.Any(c => db.ReferencePieces.Count(r => r.ClientId == c.Id && r.ArchivedAt == null) >= GettingStarted.SamplesWanted),
                clients.Any(c => db.Roster.Any(r => r.ClientId == c.Id)
                    || db.Invitations.Any(i => i.Kind == InvitationKind.Writer && i.ClientId == c.Id && i.RevokedAt == null))))
            .SingleAsync(cancellationToken);
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
        public bool IsOverdue(DateOnly today) => Project.Overdue(DueOn, Status, today);
    }

    public sealed record StatusCount(ProjectStatus Status, int Count);

    /// <summary>
    /// The getting-started checklist: a client with its voice, two or three reference pieces, a writer invited,
    /// a job posted (never ticked here: with a job, the dashboard replaces the checklist).
    /// </summary>
    /// <param name="FirstClientId">The owner's first active client, where the later steps lead.</param>
    /// <param name="VoicedClientId">The first client with its voice recorded (tone words or what the owner cares about).</param>
    public sealed record GettingStarted(int? FirstClientId, int? VoicedClientId, bool HasSamples, bool HasWriter)
    {
        public const int SamplesWanted = 2;

        public bool HasVoice => VoicedClientId is not null;

        /// <summary>The client the sample and invitation steps lead to: the one with a voice, else the first.</summary>
        public int? ClientId => VoicedClientId ?? FirstClientId;
    }
}
