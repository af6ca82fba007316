using System.Linq.Expressions;

namespace OutsourceHub.Core.Projects;

/// <summary>Where a job stands. The moves between them are the table in <see cref="Project"/>.</summary>
public enum ProjectStatus
{
    Setup,
    Briefed,
    InProgress,
    Submitted,
    RevisionRequested,
    Approved,
    Cancelled,
}

/// <summary>What someone can do to a job that may change its status.</summary>
public enum ProjectAction
{
    IssueBrief,
    AcknowledgeBrief,
    SubmitDraft,
    RequestRevision,
    Approve,
    Cancel,
}

/// <summary>
/// The lifecycle's questions about a status, each answered once. Each is an expression read off the transition table in
/// <see cref="Project"/> (so the table stays the one source), compiled once for code that holds a status (an entity, a
/// row read by projection, a view), and lifted onto <see cref="Project.Status"/> for queries, where EF Core turns it into
/// SQL (<c>Status = 'Approved'</c>, <c>Status NOT IN ('Approved', 'Cancelled')</c>: the bare column against the stored
/// names, which an index on the column serves). Nothing outside this file and the table compares a status to decide
/// what may happen.
/// </summary>
public static class ProjectStatuses
{
    private static readonly ProjectStatus[] All = Enum.GetValues<ProjectStatus>();

    /// <summary>Approved or cancelled: no action moves the job any more.</summary>
    public static readonly Expression<Func<ProjectStatus, bool>> Final =
        OneOf(All.Where(s => Enum.GetValues<ProjectAction>().All(a => Project.NextStatus(s, a) is null)));

    /// <summary>Not final: the job is still under way, setup included. Written as "neither final status", not as "not final", for SQL.</summary>
    public static readonly Expression<Func<ProjectStatus, bool>> Open = NoneOf(All.Where(Final.Compile()));

    /// <summary>Still being set up: issuing the brief is what moves the job on (from any later status it stays put).</summary>
    public static readonly Expression<Func<ProjectStatus, bool>> InSetup =
        OneOf(All.Where(s => Project.NextStatus(s, ProjectAction.IssueBrief) is { } to && to != s));

    /// <summary>
    /// The brief is out and the job not finished: where issuing a brief leaves a job (briefed, in progress, with the
    /// owner, or being revised). The writer's work on it is under way.
    /// </summary>
    public static readonly Expression<Func<ProjectStatus, bool>> UnderWay = OneOf(Targets(ProjectAction.IssueBrief));

    /// <summary>The writer has acknowledged a brief and is on the job: where acknowledging leaves it.</summary>
    public static readonly Expression<Func<ProjectStatus, bool>> Started = OneOf(Targets(ProjectAction.AcknowledgeBrief));

    /// <summary>The owner approved a draft: where approving leaves the job.</summary>
    public static readonly Expression<Func<ProjectStatus, bool>> Approved = OneOf(Targets(ProjectAction.Approve));

    /// <summary>The writer may submit a draft now (in progress, or a revision requested).</summary>
    public static readonly Expression<Func<ProjectStatus, bool>> TakingDraft = OneOf(Sources(ProjectAction.SubmitDraft));

    /// <summary>The owner may answer the latest draft now (approve it or request a revision).</summary>
    public static readonly Expression<Func<ProjectStatus, bool>> AwaitingReview = OneOf(Sources(ProjectAction.Approve));

    /// <summary>
    /// What needs the writer first, for their list of jobs: a brief to read, a revision, writing, waiting for the
    /// owner, done; cancelled (and setup, which a writer never sees) last.
    /// </summary>
    public static readonly Expression<Func<ProjectStatus, int>> WriterPriority = s =>
        s == ProjectStatus.Briefed ? 0
        : s == ProjectStatus.RevisionRequested ? 1
        : s == ProjectStatus.InProgress ? 2
        : s == ProjectStatus.Submitted ? 3
        : s == ProjectStatus.Approved ? 4 : 5;

    /// <summary><see cref="Open"/> on a job, for queries: the jobs still under way (setup included).</summary>
    public static readonly Expression<Func<Project, bool>> IsOpenJob = OfJob(Open);

    /// <summary><see cref="Approved"/> on a job, for queries.</summary>
    public static readonly Expression<Func<Project, bool>> IsApprovedJob = OfJob(Approved);

    /// <summary><see cref="UnderWay"/> on a job, for queries.</summary>
    public static readonly Expression<Func<Project, bool>> IsUnderWayJob = OfJob(UnderWay);

    private static readonly Func<ProjectStatus, bool> IsFinalStatus = Final.Compile();
    private static readonly Func<ProjectStatus, bool> IsInSetupStatus = InSetup.Compile();
    private static readonly Func<ProjectStatus, bool> IsUnderWayStatus = UnderWay.Compile();
    private static readonly Func<ProjectStatus, bool> IsStartedStatus = Started.Compile();
    private static readonly Func<ProjectStatus, bool> IsApprovedStatus = Approved.Compile();
    private static readonly Func<ProjectStatus, bool> IsTakingDraftStatus = TakingDraft.Compile();
    private static readonly Func<ProjectStatus, bool> IsAwaitingReviewStatus = AwaitingReview.Compile();

    /// <summary>Approved or cancelled: nothing moves the job any more (<see cref="Final"/>).</summary>
    public static bool IsFinal(this ProjectStatus status) => IsFinalStatus(status);

    /// <summary>Whether the lifecycle table lets <paramref name="action"/> happen to a job in <paramref name="status"/>.</summary>
    public static bool Allows(this ProjectStatus status, ProjectAction action) => Project.NextStatus(status, action) is not null;

    /// <summary>The writer may submit a draft now (in progress, or a revision requested; <see cref="TakingDraft"/>).</summary>
    public static bool MayTakeDraft(this ProjectStatus status) => IsTakingDraftStatus(status);

    /// <summary>The owner may answer the latest draft now (approve it or request a revision; <see cref="AwaitingReview"/>).</summary>
    public static bool MayBeReviewed(this ProjectStatus status) => IsAwaitingReviewStatus(status);

    /// <summary>Still being set up: the brief has not been issued (<see cref="InSetup"/>).</summary>
    public static bool IsInSetup(this ProjectStatus status) => IsInSetupStatus(status);

    /// <summary>The brief is out and the job not finished (<see cref="UnderWay"/>).</summary>
    public static bool IsUnderWay(this ProjectStatus status) => IsUnderWayStatus(status);

    /// <summary>The writer has acknowledged a brief and is on the job (<see cref="Started"/>).</summary>
    public static bool WriterHasStarted(this ProjectStatus status) => IsStartedStatus(status);

    /// <summary>The owner approved a draft (<see cref="Approved"/>).</summary>
    public static bool IsApproved(this ProjectStatus status) => IsApprovedStatus(status);

    /// <summary>The jobs in the order <see cref="WriterPriority"/> gives, in SQL.</summary>
    public static IOrderedQueryable<Project> OrderByWriterPriority(this IQueryable<Project> jobs) => jobs.OrderBy(OfJob(WriterPriority));

    /// <summary>A question about a status asked of a job's <see cref="Project.Status"/>: the same expression, with the job's column in it.</summary>
    public static Expression<Func<Project, T>> OfJob<T>(Expression<Func<ProjectStatus, T>> ofStatus)
    {
        ArgumentNullException.ThrowIfNull(ofStatus);
        var job = Expression.Parameter(typeof(Project), "p");
        var status = Expression.Property(job, nameof(Project.Status));
        return Expression.Lambda<Func<Project, T>>(new Replace(ofStatus.Parameters[0], status).Visit(ofStatus.Body), job);
    }

    /// <summary>The statuses an action leads to.</summary>
    private static IEnumerable<ProjectStatus> Targets(ProjectAction action) =>
        All.Select(s => Project.NextStatus(s, action)).OfType<ProjectStatus>().Distinct();

    /// <summary>The statuses an action may start from.</summary>
    private static IEnumerable<ProjectStatus> Sources(ProjectAction action) => All.Where(s => Project.NextStatus(s, action) is not null);

    /// <summary><c>s == a || s == b …</c>, the form EF Core writes as plain comparisons (false for none).</summary>
    private static Expression<Func<ProjectStatus, bool>> OneOf(IEnumerable<ProjectStatus> statuses) =>
        Combine(statuses, (s, x) => s == x, Expression.OrElse, false);

    /// <summary><c>s != a &amp;&amp; s != b …</c> (true for none).</summary>
    private static Expression<Func<ProjectStatus, bool>> NoneOf(IEnumerable<ProjectStatus> statuses) =>
        Combine(statuses, (s, x) => s != x, Expression.AndAlso, true);

    /// <summary>
    /// One comparison per status joined by <paramref name="join"/>. Each comparison is the one C# writes for
    /// <c>s == x</c> (enum operands converted to int) with the status as a constant, which EF Core compares as the
    /// stored name.
    /// </summary>
    private static Expression<Func<ProjectStatus, bool>> Combine(
        IEnumerable<ProjectStatus> statuses,
        Expression<Func<ProjectStatus, ProjectStatus, bool>> compare,
        Func<Expression, Expression, BinaryExpression> join,
        bool empty)
    {
        var s = Expression.Parameter(typeof(ProjectStatus), "s");
        var body = statuses
            .Select(x => new Replace(compare.Parameters[0], s).Visit(new Replace(compare.Parameters[1], Expression.Constant(x)).Visit(compare.Body)))
            .Aggregate((Expression?)null, (all, one) => all is null ? one : join(all, one))
            ?? Expression.Constant(empty);
        return Expression.Lambda<Func<ProjectStatus, bool>>(body, s);
    }

    /// <summary>Puts one expression where a parameter was.</summary>
    private sealed class Replace(ParameterExpression parameter, Expression with) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? with : base.VisitParameter(node);
    }
}
