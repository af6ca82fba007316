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

/// <summary>Predicates on a status alone, for code that has a status but not the job (rows read by projection, next steps).</summary>
public static class ProjectStatuses
{
    /// <summary>Approved or cancelled: nothing moves the job any more.</summary>
    public static bool IsFinal(this ProjectStatus status) => status is ProjectStatus.Approved or ProjectStatus.Cancelled;

    /// <summary>Whether the lifecycle table lets <paramref name="action"/> happen to a job in <paramref name="status"/>.</summary>
    public static bool Allows(this ProjectStatus status, ProjectAction action) => Project.NextStatus(status, action) is not null;

    /// <summary>The writer may submit a draft now (in progress, or a revision requested).</summary>
    public static bool MayTakeDraft(this ProjectStatus status) => status.Allows(ProjectAction.SubmitDraft);

    /// <summary>The owner may answer the latest draft now (approve it or request a revision).</summary>
    public static bool MayBeReviewed(this ProjectStatus status) => status.Allows(ProjectAction.Approve);

    /// <summary>The same as <see cref="IsFinal"/>, negated, for queries: a job still under way (setup included).</summary>
    public static readonly Expression<Func<Project, bool>> IsOpenJob = p => p.Status != ProjectStatus.Approved && p.Status != ProjectStatus.Cancelled;
}
