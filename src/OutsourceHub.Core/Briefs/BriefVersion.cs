using OutsourceHub.Core.Markdown;

namespace OutsourceHub.Core.Briefs;

/// <summary>An issued kickoff brief. Immutable: a change to the job makes a new, higher-numbered version.</summary>
public sealed class BriefVersion
{
    private readonly List<BriefAcknowledgement> acknowledgements = [];

    private BriefVersion()
    {
    }

    internal BriefVersion(int number, RichText content, string issuedById, DateTime issuedAt)
    {
        Number = number;
        Content = content;
        IssuedById = issuedById;
        IssuedAt = issuedAt;
    }

    public int Id { get; private set; }

    public int ProjectId { get; private set; }

    public int Number { get; private set; }

    public RichText Content { get; private set; } = RichText.Empty;

    public string IssuedById { get; private set; } = string.Empty;

    public DateTime IssuedAt { get; private set; }

    public IReadOnlyCollection<BriefAcknowledgement> Acknowledgements => acknowledgements;

    internal BriefAcknowledgement AddAcknowledgement(int writerId, DateTime now)
    {
        var acknowledgement = new BriefAcknowledgement(writerId, now);
        acknowledgements.Add(acknowledgement);
        return acknowledgement;
    }
}
