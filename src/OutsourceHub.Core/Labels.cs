using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core;

/// <summary>
/// The words for every value of the domain's enums, in one place: what a page, the brief, a notice or a refusal calls
/// a status, a content kind, a point of view, a timeline entry, a revision point's category or brief section.
/// <c>For</c> gives the label on its own (a badge, a list, a heading); <c>Describe</c> the words inside a sentence.
/// Web builds its option lists from these (Display/EnumOptions).
/// </summary>
public static class Labels
{
    public static string For(ProjectStatus status) => status switch
    {
        ProjectStatus.Setup => "Setup",
        ProjectStatus.Briefed => "Briefed",
        ProjectStatus.InProgress => "In progress",
        ProjectStatus.Submitted => "Submitted",
        ProjectStatus.RevisionRequested => "Revision requested",
        ProjectStatus.Approved => "Approved",
        ProjectStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    /// <summary>Where the job stands, to follow "this job is …".</summary>
    public static string Describe(ProjectStatus status) => status switch
    {
        ProjectStatus.Setup => "still being set up",
        ProjectStatus.Briefed => "briefed and waiting for the writer",
        ProjectStatus.InProgress => "in progress",
        ProjectStatus.Submitted => "waiting for the owner's review of a draft",
        ProjectStatus.RevisionRequested => "waiting for a revised draft",
        ProjectStatus.Approved => "approved",
        ProjectStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };

    /// <summary>The action, to follow "you can't …".</summary>
    public static string Describe(ProjectAction action) => action switch
    {
        ProjectAction.IssueBrief => "issue the brief",
        ProjectAction.AcknowledgeBrief => "acknowledge the brief",
        ProjectAction.SubmitDraft => "submit a draft",
        ProjectAction.RequestRevision => "request a revision",
        ProjectAction.Approve => "approve",
        ProjectAction.Cancel => "cancel the job",
        _ => action.ToString(),
    };

    /// <summary>A line of a job's timeline: what happened, as the owner and the writer would say it.</summary>
    public static string For(ProjectEventKind kind) => kind switch
    {
        ProjectEventKind.Created => "Job posted",
        ProjectEventKind.Edited => "Details edited",
        ProjectEventKind.WriterAssigned => "Writer assigned",
        ProjectEventKind.BriefIssued => "Brief issued",
        ProjectEventKind.BriefAcknowledged => "Brief acknowledged",
        ProjectEventKind.DraftSubmitted => "Draft submitted",
        ProjectEventKind.RevisionRequested => "Revision requested",
        ProjectEventKind.Approved => "Approved",
        ProjectEventKind.Cancelled => "Job cancelled",
        _ => kind.ToString(),
    };

    public static string For(ContentKind kind) => kind switch
    {
        ContentKind.Article => "Article",
        ContentKind.BlogPost => "Blog post",
        ContentKind.Newsletter => "Newsletter",
        ContentKind.Video => "Video",
        ContentKind.SocialPost => "Social post",
        ContentKind.Other => "Other",
        _ => kind.ToString(),
    };

    /// <summary>What a target length counts for the kind: minutes of video, words of anything else (or of a kind not chosen yet).</summary>
    public static string LengthUnit(ContentKind? kind) => kind == ContentKind.Video ? "minutes" : "words";

    public static string For(PointOfView pointOfView) => pointOfView switch
    {
        PointOfView.FirstPersonSingular => "First person singular (I)",
        PointOfView.FirstPersonPlural => "First person plural (we)",
        PointOfView.SecondPerson => "Second person (you)",
        PointOfView.ThirdPerson => "Third person (she, he, they, the brand)",
        _ => pointOfView.ToString(),
    };

    /// <summary>The point of view as the voice primer says what the samples have in common (a sentence; empty for none).</summary>
    public static string Describe(PointOfView pointOfView) => pointOfView switch
    {
        PointOfView.FirstPersonSingular => "First person singular (I, my).",
        PointOfView.FirstPersonPlural => "First person plural (we, our).",
        PointOfView.SecondPerson => "Speaks to the reader (you, your).",
        PointOfView.ThirdPerson => "Third person.",
        _ => string.Empty,
    };

    public static string For(RevisionCategory category) => category switch
    {
        RevisionCategory.Voice => "Voice",
        RevisionCategory.Facts => "Facts",
        RevisionCategory.Structure => "Structure",
        RevisionCategory.Length => "Length",
        RevisionCategory.Keywords => "Keywords",
        _ => "Other",
    };

    /// <summary>The brief section a revision point holds the draft to; a reference piece by its title when known.</summary>
    public static string For(BriefSection section, string? sampleTitle = null) => section switch
    {
        BriefSection.TheJob => "The job",
        BriefSection.Voice => "Voice",
        BriefSection.Expectations => "Expectations",
        BriefSection.SpecialRequests => "Special requests",
        BriefSection.ReferencePiece => sampleTitle is null ? "A reference piece" : $"Reference piece “{sampleTitle}”",
        _ => "New request — not in the brief",
    };
}
