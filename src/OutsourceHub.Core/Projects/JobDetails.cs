using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Projects;

/// <summary>
/// What the owner writes about a job, all of which goes into its brief: everything but the client, the writer and
/// the reference pieces. Validated and normalised by the form that made it (trimmed, one key point a line).
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
    int RevisionRoundsIncluded);
