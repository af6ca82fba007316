using OutsourceHub.Core.Markdown;

namespace OutsourceHub.Core.Reviews;

public enum FeedbackDecision
{
    Approve,
    RequestRevision,
}

/// <summary>The owner's answer to one draft: approve it, or ask for a revision with discrete points.</summary>
public sealed class Feedback
{
    private readonly List<RevisionPoint> points = [];

    private Feedback()
    {
    }

    internal Feedback(FeedbackDecision decision, RichText comment, IEnumerable<RevisionPoint> points, string givenById, DateTime givenAt)
    {
        Decision = decision;
        Comment = comment;
        this.points.AddRange(points);
        GivenById = givenById;
        GivenAt = givenAt;
    }

    public int Id { get; private set; }

    public int DraftId { get; private set; }

    public FeedbackDecision Decision { get; private set; }

    public RichText Comment { get; private set; } = RichText.Empty;

    public string GivenById { get; private set; } = string.Empty;

    public DateTime GivenAt { get; private set; }

    public IReadOnlyList<RevisionPoint> Points => points;
}
