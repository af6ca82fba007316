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

/// <summary>How the writer handled a revision point: addressed in the draft, or answered with a note.</summary>
public sealed record PointAnswer(bool Addressed, string? Note)
{
    public bool IsComplete => Addressed || !string.IsNullOrWhiteSpace(Note);
}

/// <summary>One discrete thing to change in the next draft, and how the writer handled it.</summary>
public sealed class RevisionPoint
{
    /// <summary>Refuses a point held to no part of the brief, or to a reference piece the brief did not send.</summary>
    public const string ChooseSection = "Choose the part of the brief this point holds the draft to, or mark it as a new request.";

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

    /// <summary>The number of the draft that handled this point.</summary>
    public int? ResolvedInDraftNumber { get; private set; }

    /// <summary>The writer changed the draft as asked (optionally saying how), or answered with a note instead.</summary>
    internal void Resolve(PointAnswer answer, int draftNumber)
    {
        if (!answer.IsComplete)
        {
            throw new DomainException("Mark each revision point as addressed, or answer it with a short note.");
        }

        var note = string.IsNullOrWhiteSpace(answer.Note) ? null : answer.Note.Trim();
        Resolution = answer.Addressed ? PointResolution.Addressed : PointResolution.Answered;
        WriterNote = note;
        ResolvedInDraftNumber = draftNumber;
    }
}
