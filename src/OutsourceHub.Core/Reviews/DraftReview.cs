using OutsourceHub.Core.Data;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Reviews;

/// <summary>
/// A revision point on the previous draft and how the writer handled it, shown beside the draft that answers it: for a
/// point on a passage, the passage then and what became of it now.
/// </summary>
public sealed record HandledPoint(
    string Text,
    BriefSection Section,
    PointResolution Resolution,
    string? WriterNote,
    string? PassageThen = null,
    string? SuggestedWording = null,
    PassageFate? Fate = null,
    string? PassageNow = null)
{
    /// <summary>Marked addressed, yet the passage reads as it did: worth the owner's look.</summary>
    public bool AddressedButUnchanged => Resolution == PointResolution.Addressed && Fate == PassageFate.Unchanged;
}

/// <summary>A reference piece the job's latest brief sent: a part of the brief a revision point can hold the draft to.</summary>
public sealed record BriefPiece(int Id, string Title);

/// <summary>
/// What the owner reviews: the latest draft of their job while it waits for them, measured against the brief's pieces,
/// with the revision rounds used and included, how the writer handled the last points, and the pieces the brief sent.
/// Read by <see cref="Reviewing.OpenAsync"/>.
/// </summary>
/// <param name="Voice">The draft measured against the brief's reference pieces; null when none has full text.</param>
public sealed record DraftReview(
    JobHeader Job,
    int Number,
    string DraftHtml,
    int WordCount,
    VoiceReport? Voice,
    int RoundsUsed,
    int RoundsIncluded,
    IReadOnlyList<HandledPoint> PreviousPoints,
    IReadOnlyList<BriefPiece> Pieces)
{
    /// <summary>The revision points the voice report's lines offer, by line key (see <see cref="VoiceReportText.Points"/>).</summary>
    public IReadOnlyDictionary<string, VoicePoint> VoicePoints { get; } =
        Voice is null ? new Dictionary<string, VoicePoint>() : VoiceReportText.Points(Voice).ToDictionary(p => p.Key, StringComparer.Ordinal);

    /// <summary>The round a revision request now would be.</summary>
    public int NextRound => RoundsUsed + 1;

    /// <summary>A revision request now goes beyond the rounds the job included, and needs the owner's confirmation.</summary>
    public bool NextRoundIsExtra => Project.RoundIsExtra(NextRound, RoundsIncluded);

    public string RoundWarning => Project.RoundWarning(NextRound, RoundsIncluded);
}
