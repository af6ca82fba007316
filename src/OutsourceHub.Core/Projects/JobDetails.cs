using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Projects;

/// <summary>
/// What the owner writes about a job, all of which goes into its brief: everything but the client, the writer and
/// the reference pieces. Validated by the form that made it; stored as <see cref="Normalised"/> says.
/// </summary>
public sealed record JobDetails(
    string Title,
    ContentKind Kind,
    int TargetLength,
    string Audience,
    string Goal,
    string KeyPoints,
    string Keywords,
    DateOnly DueOn,
    RichText Expectations,
    RichText SpecialRequests,
    int RevisionRoundsIncluded)
{
    /// <summary>The owner's answers to the client's prompts, in their own words.</summary>
    public OwnerWords OwnerWords { get; init; } = OwnerWords.Empty;

    /// <summary>The details as the job stores them: text trimmed, one key point a line, keywords once each, separated by ", ".</summary>
    public JobDetails Normalised() => this with
    {
        Title = Title.Trim(),
        Audience = Audience.Trim(),
        Goal = Goal.Trim(),
        KeyPoints = JobText.KeyPoints(KeyPoints),
        Keywords = JobText.Keywords(Keywords),
        OwnerWords = OwnerWords.Normalised(),
    };
}
