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
