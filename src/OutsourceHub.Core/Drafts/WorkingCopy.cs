namespace OutsourceHub.Core.Drafts;

/// <summary>
/// The writer's unsubmitted text for a job, saved while they type so nothing is lost.
/// One per job and writer; overwritten by each save, cleared when a draft is submitted.
/// </summary>
public sealed class WorkingCopy
{
    private WorkingCopy()
    {
    }

    public WorkingCopy(int projectId, int writerId, string body, DateTime savedAt)
    {
        ProjectId = projectId;
        WriterId = writerId;
        Body = body;
        SavedAt = savedAt;
    }

    public int ProjectId { get; private set; }

    public int WriterId { get; private set; }

    public string Body { get; private set; } = string.Empty;

    public DateTime SavedAt { get; private set; }

    public void Save(string body, DateTime now)
    {
        Body = body;
        SavedAt = now;
    }
}
