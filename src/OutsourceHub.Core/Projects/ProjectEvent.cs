namespace OutsourceHub.Core.Projects;

public enum ProjectEventKind
{
    Created,
    Edited,
    WriterAssigned,
    BriefIssued,
    BriefAcknowledged,
    DraftSubmitted,
    RevisionRequested,
    Approved,
    Cancelled,
}

/// <summary>One line of a job's timeline: who did what, when. Append-only.</summary>
public sealed class ProjectEvent
{
    private ProjectEvent()
    {
    }

    internal ProjectEvent(ProjectEventKind kind, string actorId, DateTime at, string? detail)
    {
        Kind = kind;
        ActorId = actorId;
        At = at;
        Detail = detail;
    }

    public long Id { get; private set; }

    public int ProjectId { get; private set; }

    public ProjectEventKind Kind { get; private set; }

    public string ActorId { get; private set; } = string.Empty;

    public DateTime At { get; private set; }

    public string? Detail { get; private set; }
}
