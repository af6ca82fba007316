using OutsourceHub.Core.Markdown;

namespace OutsourceHub.Core.Briefs;

/// <summary>An issued kickoff brief. Immutable: a change to the job makes a new, higher-numbered version.</summary>
public sealed class BriefVersion
{
    private readonly List<BriefAcknowledgement> acknowledgements = [];
    private readonly List<BriefVersionSample> samples = [];

    private BriefVersion()
    {
    }

    internal BriefVersion(int number, RichText content, IEnumerable<int> sampleIds, string issuedById, DateTime issuedAt)
    {
        Number = number;
        samples.AddRange(sampleIds.Select((id, position) => new BriefVersionSample(id, position)));
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

    /// <summary>The reference pieces this version sent, in reading order: what the writer acknowledges reading.</summary>
    public IReadOnlyList<BriefVersionSample> Samples => samples;

    internal BriefAcknowledgement AddAcknowledgement(int writerId, DateTime now)
    {
        var acknowledgement = new BriefAcknowledgement(writerId, now);
        acknowledgements.Add(acknowledgement);
        return acknowledgement;
    }
}
