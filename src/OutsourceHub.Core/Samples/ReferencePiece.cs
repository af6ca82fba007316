using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Samples;

/// <summary>
/// One of the owner's earlier pieces (a sample), given to writers so they pick up the voice. It has a link,
/// its full text, or both, and a note on what to take from it. Archived, never deleted once a job uses it.
/// </summary>
public sealed class ReferencePiece
{
    private ReferencePiece()
    {
    }

    public ReferencePiece(int clientId, string title, ContentKind kind, string whatToTake, DateTime now)
    {
        ClientId = clientId;
        Title = title;
        Kind = kind;
        WhatToTake = whatToTake;
        CreatedAt = now;
    }

    public ReferencePiece(int clientId, SampleDetails details, DateTime now)
        : this(clientId, details.Title, details.Kind, details.WhatToTake, now) =>
        SetDetails(details);

    public int Id { get; private set; }

    public int ClientId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public ContentKind Kind { get; private set; }

    public string? Url { get; private set; }

    public RichText Text { get; private set; } = RichText.Empty;

    /// <summary>
    /// The style measures of <see cref="Text"/>, computed once when the text is saved so a voice report reads
    /// them instead of profiling every sample on every request; null without full text.
    /// </summary>
    public TextProfile? VoiceProfile { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    /// <summary>Why this piece was chosen: "notice how I open with a story".</summary>
    public string WhatToTake { get; private set; } = string.Empty;

    public DateTime CreatedAt { get; private set; }

    /// <summary>The job whose approved draft this piece is ("This sounds like me"); null for the owner's own writing.</summary>
    public int? FromProjectId { get; private set; }

    public int? FromDraftNumber { get; private set; }

    /// <summary>The writer of that draft.</summary>
    public int? FromWriterId { get; private set; }

    /// <summary>Written by a writer and approved by the owner, rather than the owner's own piece.</summary>
    public bool IsGhostwritten => FromProjectId is not null;

    /// <summary>Whether the voice match compares drafts with this piece (the brief sends it to read either way).</summary>
    public bool InVoiceMatch { get; private set; } = true;

    public DateTime? ArchivedAt { get; private set; }

    public bool IsArchived => ArchivedAt is not null;

    /// <summary>Sets what the owner writes about the piece, as <see cref="SampleDetails.Normalised"/> stores it.</summary>
    public void SetDetails(SampleDetails details)
    {
        details = details.Normalised();
        Title = details.Title;
        Kind = details.Kind;
        Url = details.Url;
        SetText(details.Text);
        PublishedOn = details.PublishedOn;
        WhatToTake = details.WhatToTake;
        InVoiceMatch = details.InVoiceMatch;
    }

    /// <summary>The piece's details as <see cref="SetDetails"/> takes them.</summary>
    public SampleDetails GetDetails() => new(Title, Kind, Url, Text, PublishedOn, WhatToTake) { InVoiceMatch = InVoiceMatch };

    /// <summary>Said when a draft that is not approved is offered as a reference piece.</summary>
    public const string OnlyApproved = "Only an approved draft can become a reference piece: approve it first.";

    /// <summary>
    /// The approved draft of a job as one of its client's reference pieces: its text, with the owner's title and note,
    /// keeping which job and writer it came from. Refused unless the job is approved and the draft is the one approved.
    /// </summary>
    public static ReferencePiece FromApprovedDraft(Projects.Project job, Drafts.Draft draft, string title, string whatToTake, DateTime now)
    {
        if (job.Status != Projects.ProjectStatus.Approved || draft.ProjectId != job.Id || draft.Number != job.DraftsSubmitted)
        {
            throw new DomainException(OnlyApproved);
        }

        var piece = new ReferencePiece(job.ClientId, new SampleDetails(title, job.Kind, null, draft.Body, null, whatToTake), now)
        {
            FromProjectId = job.Id,
            FromDraftNumber = draft.Number,
            FromWriterId = draft.WriterId,
            PublishedOn = DateOnly.FromDateTime(now),
        };
        return piece;
    }

    /// <summary>Sets the full text and measures its style with it, so the two never disagree.</summary>
    public void SetText(RichText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        VoiceProfile = text.IsEmpty ? null : VoiceText.Profile(text.Markdown);
    }

    public void Archive(DateTime now) => ArchivedAt ??= now;

    public void Restore() => ArchivedAt = null;
}
