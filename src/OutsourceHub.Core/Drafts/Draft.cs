using OutsourceHub.Core.Markdown;

namespace OutsourceHub.Core.Drafts;

/// <summary>A submitted version of the writer's work, numbered per job. Immutable once submitted.</summary>
public sealed class Draft
{
    /// <summary>Said when a draft with no text is submitted: by the job's rule and by the editor's form alike.</summary>
    public const string NothingWritten = "Write the draft before submitting it.";

    private Draft()
    {
    }

    internal Draft(int number, int writerId, RichText body, int wordCount, DateTime submittedAt)
    {
        Number = number;
        WriterId = writerId;
        Body = body;
        WordCount = wordCount;
        SubmittedAt = submittedAt;
    }

    public int Id { get; private set; }

    public int ProjectId { get; private set; }

    public int Number { get; private set; }

    public int WriterId { get; private set; }

    public RichText Body { get; private set; } = RichText.Empty;

    public int WordCount { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public Reviews.Feedback? Feedback { get; private set; }

    /// <summary>The voice match (0–100) against the brief's samples when it was submitted; null without sample text.</summary>
    public int? VoiceMatch { get; private set; }

    /// <summary>Records the voice match measured at submission. The draft's text itself never changes.</summary>
    public void RecordVoiceMatch(int overall) => VoiceMatch = Math.Clamp(overall, 0, 100);

    internal void SetFeedback(Reviews.Feedback feedback) => Feedback = feedback;
}
