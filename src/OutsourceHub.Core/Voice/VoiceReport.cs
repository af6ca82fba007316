// What the voice analysis tells the writer and the owner: every figure with the samples' value beside it.
using OutsourceHub.Core.Clients;

namespace OutsourceHub.Core.Voice;

/// <summary>A reference piece of the owner's writing: its text (for the copy guard) and its stored profile.</summary>
public sealed record VoiceSample(string Name, string Markdown, TextProfile Profile)
{
    /// <summary>Profiles the text now; use the constructor when the profile is already stored.</summary>
    public static VoiceSample From(string name, string markdown) => new(name, markdown, VoiceText.Profile(markdown));
}

/// <summary>Where a draft's value lies against the samples' range.</summary>
public enum VoiceVerdict
{
    Inside,
    Near,
    Outside,
}

/// <summary>One scalar measure: the draft's value beside the samples' mean, minimum and maximum.</summary>
public sealed record MeasureResult(VoiceMeasure Measure, double Draft, double SampleMean, double SampleMin, double SampleMax, VoiceVerdict Verdict);

/// <summary>The point of view the profile asks for and the one the draft's pronouns show.</summary>
public sealed record PointOfViewCheck(PointOfView Expected, PointOfView Found)
{
    public bool Matches => Expected == Found;
}

/// <summary>One occurrence of a word to avoid, with the sentence it is in.</summary>
public sealed record AvoidedWordHit(string Word, string Sentence);

/// <summary>A passage of the draft found word for word in a sample.</summary>
public sealed record CopiedPassage(string Text, int WordCount, string SampleName);

/// <summary>How a draft measures against the owner's samples and voice profile.</summary>
public sealed record VoiceReport
{
    public required TextProfile Draft { get; init; }

    public required IReadOnlyList<MeasureResult> Measures { get; init; }

    public required PointOfViewCheck PointOfView { get; init; }

    /// <summary>Cosine similarity (0–1) of the draft's function-word rates and the samples' mean rates.</summary>
    public required double FunctionWordSimilarity { get; init; }

    /// <summary>Cosine similarity (0–1) of the draft's character 3-gram profile and the samples' mean profile.</summary>
    public required double TrigramSimilarity { get; init; }

    public required IReadOnlyList<string> SignatureWordsUsed { get; init; }

    public required IReadOnlyList<string> SignatureWordsMissing { get; init; }

    public required IReadOnlyList<AvoidedWordHit> AvoidedWordsFound { get; init; }

    public required IReadOnlyList<CopiedPassage> CopiedPassages { get; init; }

    /// <summary>
    /// The weighted cosine Delta between the draft and the samples (<see cref="VoiceBackground.Similarity"/>): around 0
    /// for someone else's writing, 1 for the same text.
    /// </summary>
    public required double Similarity { get; init; }

    /// <summary>The words and marks that moved <see cref="Similarity"/> most, closer first.</summary>
    public required IReadOnlyList<StyleDriver> Drivers { get; init; }

    /// <summary>
    /// 0–100: in how many of 100 comparisons the draft reads nearer the samples than any of the background's nearest
    /// other voices (<see cref="VoiceBackground.Impostors"/>), the same scale for every owner (see docs/voice-match.md).
    /// </summary>
    public required int Overall { get; init; }

    /// <summary>How much text the figure rests on.</summary>
    public required VoiceEvidence Evidence { get; init; }
}

/// <summary>How many words of the owner's samples and of the draft the figure rests on.</summary>
public sealed record VoiceEvidence(int SampleWords, int DraftWords)
{
    /// <summary>Too little text on either side for the figure to be more than a guess.</summary>
    public bool IsThin => SampleWords < VoiceAnalyzer.ThinSampleWords || DraftWords < VoiceAnalyzer.ThinDraftWords;
}
