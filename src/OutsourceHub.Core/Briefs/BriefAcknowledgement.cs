namespace OutsourceHub.Core.Briefs;

/// <summary>The writer's "I have read the brief and the reference pieces" for one brief version.</summary>
public sealed class BriefAcknowledgement
{
    private BriefAcknowledgement()
    {
    }

    internal BriefAcknowledgement(int writerId, DateTime acknowledgedAt)
    {
        WriterId = writerId;
        AcknowledgedAt = acknowledgedAt;
    }

    public int Id { get; private set; }

    public int BriefVersionId { get; private set; }

    public int WriterId { get; private set; }

    public DateTime AcknowledgedAt { get; private set; }
}
