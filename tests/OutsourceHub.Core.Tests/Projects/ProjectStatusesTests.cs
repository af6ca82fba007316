using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Tests.Data;

namespace OutsourceHub.Core.Tests.Projects;

/// <summary>
/// The lifecycle's questions about a status say what the transition table says, in memory for every status, and the
/// same expressions run as SQL on a real migrated database and pick out the same jobs.
/// </summary>
public sealed class ProjectStatusesTests
{
    private static readonly ProjectStatus[] All = Enum.GetValues<ProjectStatus>();
    private static readonly ProjectAction[] Actions = Enum.GetValues<ProjectAction>();

    public static TheoryData<ProjectStatus> Statuses() => new(All);

    /// <summary>Each expression with the statuses it is meant to hold for, spelled out.</summary>
    public static TheoryData<string, ProjectStatus[]> Expected() => new()
    {
        { nameof(ProjectStatuses.Final), [ProjectStatus.Approved, ProjectStatus.Cancelled] },
        { nameof(ProjectStatuses.Open), [ProjectStatus.Setup, ProjectStatus.Briefed, ProjectStatus.InProgress, ProjectStatus.Submitted, ProjectStatus.RevisionRequested] },
        { nameof(ProjectStatuses.InSetup), [ProjectStatus.Setup] },
        { nameof(ProjectStatuses.UnderWay), [ProjectStatus.Briefed, ProjectStatus.InProgress, ProjectStatus.Submitted, ProjectStatus.RevisionRequested] },
        { nameof(ProjectStatuses.Started), [ProjectStatus.InProgress, ProjectStatus.Submitted, ProjectStatus.RevisionRequested] },
        { nameof(ProjectStatuses.Approved), [ProjectStatus.Approved] },
        { nameof(ProjectStatuses.TakingDraft), [ProjectStatus.InProgress, ProjectStatus.RevisionRequested] },
        { nameof(ProjectStatuses.AwaitingReview), [ProjectStatus.Submitted] },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void A_status_is_final_exactly_when_no_action_moves_it(ProjectStatus status)
    {
        Assert.Equal(Actions.All(a => Project.NextStatus(status, a) is null), status.IsFinal());
        Assert.Equal(!status.IsFinal(), Compiled(ProjectStatuses.Open)(status));
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Drafts_and_reviews_are_taken_exactly_where_the_table_allows_them(ProjectStatus status)
    {
        Assert.Equal(Project.NextStatus(status, ProjectAction.SubmitDraft) is not null, status.MayTakeDraft());
        Assert.Equal(Project.NextStatus(status, ProjectAction.Approve) is not null, status.MayBeReviewed());
        Assert.Equal(Project.NextStatus(status, ProjectAction.RequestRevision) is not null, status.MayBeReviewed());
        Assert.Equal(Project.NextStatus(status, ProjectAction.Cancel) is not null, status.Allows(ProjectAction.Cancel));
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Setup_under_way_started_and_approved_are_where_the_table_leads(ProjectStatus status)
    {
        Assert.Equal(Project.NextStatus(status, ProjectAction.IssueBrief) is { } next && next != status, status.IsInSetup());
        Assert.Equal(All.Any(s => Project.NextStatus(s, ProjectAction.IssueBrief) == status), status.IsUnderWay());
        Assert.Equal(All.Any(s => Project.NextStatus(s, ProjectAction.AcknowledgeBrief) == status), status.WriterHasStarted());
        Assert.Equal(All.Any(s => Project.NextStatus(s, ProjectAction.Approve) == status), status.IsApproved());

        // What the writers' page counts as under way: neither in setup nor finished.
        Assert.Equal(!status.IsInSetup() && !status.IsFinal(), status.IsUnderWay());
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_expression_holds_for_the_statuses_it_names(string name, ProjectStatus[] expected)
    {
        Assert.Equal(expected, All.Where(Compiled(ExpressionNamed(name))));
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public async Task Each_expression_runs_as_sql_and_finds_the_jobs_in_those_statuses(string name, ProjectStatus[] expected)
    {
        await using var database = new SqliteDatabase();
        var clientId = await OneJobPerStatusAsync(database);
        await using var db = database.NewContext();

        var found = await db.Projects.Where(p => p.ClientId == clientId).Where(ProjectStatuses.OfJob(ExpressionNamed(name)))
            .Select(p => p.Status).ToListAsync();

        Assert.Equal(expected.Order(), found.Order());
    }

    [Fact]
    public async Task Open_jobs_are_asked_for_by_comparing_the_bare_column_with_the_stored_names()
    {
        await using var database = new SqliteDatabase();
        await using var db = database.NewContext();

        var sql = db.Projects.Where(ProjectStatuses.IsOpenJob).Select(p => p.Id).ToQueryString();

        // The bare column against the stored names (EF Core may write the two comparisons as NOT IN): no function
        // wraps the column, so the (ClientId, Status, DueOn) index still serves it.
        Assert.Matches(
            "WHERE \"p\".\"Status\" (NOT IN \\('Approved', 'Cancelled'\\)|<> 'Approved' AND \"p\".\"Status\" <> 'Cancelled')$",
            sql.ReplaceLineEndings(" "));
    }

    [Fact]
    public async Task The_job_expressions_count_inside_a_grouping_as_the_writers_page_does()
    {
        await using var database = new SqliteDatabase();
        var clientId = await OneJobPerStatusAsync(database);
        await using var db = database.NewContext();

        var counts = await db.Projects.Where(p => p.ClientId == clientId)
            .GroupBy(p => p.ClientId)
            .Select(g => new
            {
                Approved = g.AsQueryable().Count(ProjectStatuses.IsApprovedJob),
                UnderWay = g.AsQueryable().Count(ProjectStatuses.IsUnderWayJob),
                Open = g.AsQueryable().Count(ProjectStatuses.IsOpenJob),
            })
            .SingleAsync();

        Assert.Equal(1, counts.Approved);
        Assert.Equal(4, counts.UnderWay);
        Assert.Equal(5, counts.Open);
    }

    [Fact]
    public async Task The_writers_list_puts_a_brief_to_read_first_then_a_revision_then_writing_then_waiting_then_done()
    {
        await using var database = new SqliteDatabase();
        var clientId = await OneJobPerStatusAsync(database);
        await using var db = database.NewContext();

        var order = await db.Projects.Where(p => p.ClientId == clientId && p.Status != ProjectStatus.Setup)
            .OrderByWriterPriority().Select(p => p.Status).ToListAsync();

        Assert.Equal(
            [ProjectStatus.Briefed, ProjectStatus.RevisionRequested, ProjectStatus.InProgress, ProjectStatus.Submitted, ProjectStatus.Approved, ProjectStatus.Cancelled],
            order);
    }

    [Fact]
    public void A_job_is_overdue_past_its_due_date_until_it_is_final()
    {
        var today = new DateOnly(2026, 12, 10);

        Assert.True(Project.Overdue(today.AddDays(-1), ProjectStatus.InProgress, today));
        Assert.False(Project.Overdue(today, ProjectStatus.InProgress, today));
        Assert.False(Project.Overdue(today.AddDays(-1), ProjectStatus.Approved, today));
        Assert.False(Project.Overdue(today.AddDays(-1), ProjectStatus.Cancelled, today));
    }

    private static Func<ProjectStatus, bool> Compiled(Expression<Func<ProjectStatus, bool>> predicate) => predicate.Compile();

    private static Expression<Func<ProjectStatus, bool>> ExpressionNamed(string name) =>
        (Expression<Func<ProjectStatus, bool>>)typeof(ProjectStatuses).GetField(name)!.GetValue(null)!;

    /// <summary>A second client of the seeded owner with one job in each status (set directly); returns the client's id.</summary>
    private static async Task<int> OneJobPerStatusAsync(SqliteDatabase database)
    {
        var seeded = await database.JobInProgressAsync();
        await using var db = database.NewContext();
        var client = new Client(seeded.OwnerId, "Statuses", SqliteDatabase.Start);
        db.Clients.Add(client);
        await db.SaveChangesAsync();
        foreach (var status in All)
        {
            var job = new Project(client.Id, $"A job {status}", ContentKind.Article, new DateOnly(2026, 12, 9), seeded.OwnerId, SqliteDatabase.Start);
            db.Projects.Add(job);
            db.Entry(job).Property(p => p.Status).CurrentValue = status;
        }

        await db.SaveChangesAsync();
        return client.Id;
    }
}
