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

    public RevisionPoint(
        string text, RevisionCategory category, BriefSection section, int? referencePieceId = null, PassageQuote? passage = null, string? suggestion = null)
    {
        if (section == BriefSection.ReferencePiece && referencePieceId is null)
        {
            throw new DomainException("Choose the reference piece this point holds the draft to.");
        }

        if (passage is null && !string.IsNullOrWhiteSpace(suggestion))
        {
            throw new DomainException(SuggestionNeedsPassage);
        }

        Text = text;
        Category = category;
        Section = section;
        ReferencePieceId = section == BriefSection.ReferencePiece ? referencePieceId : null;
        if (passage is not null)
        {
            (PassageExact, PassagePrefix, PassageSuffix, PassageStart, PassageEnd) = (passage.Exact, passage.Prefix, passage.Suffix, passage.Start, passage.End);
            SuggestedWording = string.IsNullOrWhiteSpace(suggestion) ? null : suggestion.Trim();
        }
    }

    /// <summary>Refuses suggested wording with no passage for it to replace.</summary>
    public const string SuggestionNeedsPassage = "Quote the passage this wording would replace, or leave the suggestion empty.";

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

    public string? PassageExact { get; private set; }

    public string? PassagePrefix { get; private set; }

    public string? PassageSuffix { get; private set; }

    public int? PassageStart { get; private set; }

    public int? PassageEnd { get; private set; }

    /// <summary>The passage of the draft this point is about, as a text-quote selector; null for a point on the whole draft.</summary>
    public PassageQuote? Passage => PassageExact is null
        ? null
        : new PassageQuote(PassageExact, PassagePrefix ?? string.Empty, PassageSuffix ?? string.Empty, PassageStart ?? 0, PassageEnd ?? 0);

    /// <summary>The wording the owner would like in place of the passage; only with a passage.</summary>
    public string? SuggestedWording { get; private set; }

    /// <summary>What became of the passage in the draft that answered this point; null until then, or without a passage.</summary>
    public PassageFate? PassageFate { get; private set; }

    public string? PassageNowExact { get; private set; }

    public int? PassageNowStart { get; private set; }

    public int? PassageNowEnd { get; private set; }

    /// <summary>Finds the point's passage again in the draft that answers it (see <see cref="Passages.Reanchor"/>).</summary>
    internal void CarryInto(string nextDraftMarkdown)
    {
        if (Passage is not { } then)
        {
            return;
        }

        var now = Passages.Reanchor(then, nextDraftMarkdown);
        PassageFate = now.Fate;
        (PassageNowExact, PassageNowStart, PassageNowEnd) = (now.Now?.Exact, now.Now?.Start, now.Now?.End);
    }

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
