using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Briefs;

/// <summary>
/// Everything the kickoff brief is made of, read from the job, its client and its chosen samples.
/// <see cref="VoicePrimer"/> is what the samples have in common, in words (empty when none has full text);
/// <see cref="WordsFromCorrections"/> the words to avoid that the owner added from their corrections, marked so.
/// </summary>
public sealed record BriefInput(
    string ClientName,
    BriefJob Job,
    VoiceProfile Voice,
    RichText StandingExpectations,
    RichText StandingSpecialRequests,
    IReadOnlyList<BriefSample> Samples,
    string ThreadUrl,
    string VoicePrimer = "",
    IReadOnlyList<string>? WordsFromCorrections = null);

public sealed record BriefJob(
    string Title,
    ContentKind Kind,
    int TargetLength,
    DateOnly DueOn,
    string Audience,
    string Goal,
    string KeyPoints,
    string Keywords,
    RichText Expectations,
    RichText SpecialRequests,
    int RevisionRoundsIncluded,
    OwnerWords OwnerWords);

/// <summary>A chosen reference piece. <see cref="TextUrl"/> is the page in the app with its full text, when it has one.</summary>
public sealed record BriefSample(string Title, ContentKind Kind, string? Url, string? TextUrl, string WhatToTake);
