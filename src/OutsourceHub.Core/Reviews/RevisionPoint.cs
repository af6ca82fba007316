namespace OutsourceHub.Core.Reviews;

public enum RevisionCategory
{
    Voice,
    Facts,
    Structure,
    Length,
    Keywords,
    Other,
}

/// <summary>
/// The part of the brief a revision point holds the draft to. <see cref="NewRequest"/> is the scope guard:
/// a wish that was not in the brief, counted apart so scope creep stays visible.
/// </summary>
public enum BriefSection
{
    TheJob,
    Voice,
    Expectations,
    SpecialRequests,
    ReferencePiece,
    NewRequest,
}

public enum PointResolution
{
    Open,
    Addressed,
    Answered,
}

/// <summary>One discrete thing to change in the next draft, and how the writer handled it.</summary>
public sealed class RevisionPoint
{
    private RevisionPoint()
    {
    }

    public RevisionPoint(string text, RevisionCategory category, BriefSection section, int? referencePieceId = null)
    {
        if (section == BriefSection.ReferencePiece && referencePieceId is null)
        {
            throw new DomainException("Choose the reference piece this point holds the draft to.");
        }

        Text = text;
        Category = category;
        Section = section;
        ReferencePieceId = section == BriefSection.ReferencePiece ? referencePieceId : null;
    }

    public int Id { get; private set; }

    public int FeedbackId { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public RevisionCategory Category { get; private set; }

    public BriefSection Section { get; private set; }

    public int? ReferencePieceId { get; private set; }

    public bool IsNewRequest => Section == BriefSection.NewRequest;

    public PointResolution Resolution { get; private set; } = PointResolution.Open;

    public string? WriterNote { get; private set; }

    /// <summary>The draft that answered this point.</summary>
    public int? ResolvedInDraftId { get; private set; }

    public void MarkAddressed(int draftId, string? note)
    {
        Resolution = PointResolution.Addressed;
        WriterNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        ResolvedInDraftId = draftId;
    }

    public void Answer(int draftId, string note)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException("Write a short note to answer this point.");
        }

        Resolution = PointResolution.Answered;
        WriterNote = note.Trim();
        ResolvedInDraftId = draftId;
    }
}
