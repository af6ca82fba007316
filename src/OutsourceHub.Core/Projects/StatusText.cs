namespace OutsourceHub.Core.Projects;

/// <summary>How statuses and actions read in sentences shown to people.</summary>
public static class StatusText
{
    public static string Label(ProjectStatus status) => status switch
    {
        ProjectStatus.Setup => "Setup",
        ProjectStatus.Briefed => "Briefed",
        ProjectStatus.InProgress => "In progress",
        ProjectStatus.Submitted => "Submitted",
        ProjectStatus.RevisionRequested => "Revision requested",
        ProjectStatus.Approved => "Approved",
        ProjectStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string Describe(ProjectStatus status) => status switch
    {
        ProjectStatus.Setup => "still being set up",
        ProjectStatus.Briefed => "briefed and waiting for the writer",
        ProjectStatus.InProgress => "in progress",
        ProjectStatus.Submitted => "waiting for the owner's review of a draft",
        ProjectStatus.RevisionRequested => "waiting for a revised draft",
        ProjectStatus.Approved => "approved",
        ProjectStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };

    public static string Describe(ProjectAction action) => action switch
    {
        ProjectAction.IssueBrief => "issue the brief",
        ProjectAction.AcknowledgeBrief => "acknowledge the brief",
        ProjectAction.SubmitDraft => "submit a draft",
        ProjectAction.RequestRevision => "request a revision",
        ProjectAction.Approve => "approve",
        ProjectAction.Cancel => "cancel the job",
        _ => action.ToString(),
    };
}
