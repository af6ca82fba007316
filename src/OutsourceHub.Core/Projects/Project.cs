using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Drafts;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Projects;

/// <summary>
/// A job: one piece of content an owner outsources for a client. The job lifecycle lives here and only here:
/// every status change goes through <see cref="Move"/>, which consults <see cref="Transitions"/>.
/// </summary>
public sealed class Project : IVersioned
{
    public const int DefaultRevisionRounds = 2;
    public const int MaxRevisionRounds = 10;
    /// <summary>More reference pieces than this is allowed but warned about: a writer should not read a life's work.</summary>
    public const int RecommendedMaxSamples = 3;

    private static readonly Dictionary<(ProjectStatus From, ProjectAction Action), ProjectStatus> Transitions = new()
    {
        [(ProjectStatus.Setup, ProjectAction.IssueBrief)] = ProjectStatus.Briefed,
        // Reissuing an updated brief keeps the job where it is; the writer acknowledges the new version.
        [(ProjectStatus.Briefed, ProjectAction.IssueBrief)] = ProjectStatus.Briefed,
        [(ProjectStatus.InProgress, ProjectAction.IssueBrief)] = ProjectStatus.InProgress,
        [(ProjectStatus.Submitted, ProjectAction.IssueBrief)] = ProjectStatus.Submitted,
        [(ProjectStatus.RevisionRequested, ProjectAction.IssueBrief)] = ProjectStatus.RevisionRequested,

        [(ProjectStatus.Briefed, ProjectAction.AcknowledgeBrief)] = ProjectStatus.InProgress,
        [(ProjectStatus.InProgress, ProjectAction.AcknowledgeBrief)] = ProjectStatus.InProgress,
        [(ProjectStatus.Submitted, ProjectAction.AcknowledgeBrief)] = ProjectStatus.Submitted,
        [(ProjectStatus.RevisionRequested, ProjectAction.AcknowledgeBrief)] = ProjectStatus.RevisionRequested,

        [(ProjectStatus.InProgress, ProjectAction.SubmitDraft)] = ProjectStatus.Submitted,
        [(ProjectStatus.RevisionRequested, ProjectAction.SubmitDraft)] = ProjectStatus.Submitted,

        [(ProjectStatus.Submitted, ProjectAction.RequestRevision)] = ProjectStatus.RevisionRequested,
        [(ProjectStatus.Submitted, ProjectAction.Approve)] = ProjectStatus.Approved,

        [(ProjectStatus.Setup, ProjectAction.Cancel)] = ProjectStatus.Cancelled,
        [(ProjectStatus.Briefed, ProjectAction.Cancel)] = ProjectStatus.Cancelled,
        [(ProjectStatus.InProgress, ProjectAction.Cancel)] = ProjectStatus.Cancelled,
        [(ProjectStatus.Submitted, ProjectAction.Cancel)] = ProjectStatus.Cancelled,
        [(ProjectStatus.RevisionRequested, ProjectAction.Cancel)] = ProjectStatus.Cancelled,
    };

    private readonly List<ProjectSample> samples = [];
    private readonly List<ProjectEvent> events = [];
    private readonly List<BriefVersion> briefs = [];
    private readonly List<Draft> drafts = [];

    private Project()
    {
    }

    public Project(int clientId, string title, ContentKind kind, DateOnly dueOn, string createdById, DateTime now)
    {
        ClientId = clientId;
        Title = title;
        Kind = kind;
        DueOn = dueOn;
        CreatedAt = now;
        UpdatedAt = now;
        Record(ProjectEventKind.Created, createdById, now);
    }

    public int Id { get; private set; }

    public int ClientId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    /// <summary>Fixed once the writer has started (see <see cref="SetDetails"/>): a video script is not an article with another unit.</summary>
    public ContentKind Kind { get; private set; }

    /// <summary>Words, or minutes for a video (see <see cref="LengthUnit"/>).</summary>
    public int TargetLength { get; private set; }

    public string LengthUnit => Labels.LengthUnit(Kind);

    public string Audience { get; private set; } = string.Empty;

    public string Goal { get; private set; } = string.Empty;

    /// <summary>One point per line.</summary>
    public string KeyPoints { get; private set; } = string.Empty;

    /// <summary>Comma-separated.</summary>
    public string Keywords { get; private set; } = string.Empty;

    public DateOnly DueOn { get; private set; }

    public RichText Expectations { get; private set; } = RichText.Empty;

    public RichText SpecialRequests { get; private set; } = RichText.Empty;

    /// <summary>The owner's answers to the client's prompts, verbatim in the brief.</summary>
    public OwnerWords OwnerWords { get; private set; } = OwnerWords.Empty;

    /// <summary>Never below <see cref="RevisionRoundsUsed"/> (see <see cref="SetDetails"/>).</summary>
    public int RevisionRoundsIncluded { get; private set; } = DefaultRevisionRounds;

    public int? WriterId { get; private set; }

    public ProjectStatus Status { get; private set; } = ProjectStatus.Setup;

    /// <summary>Sequence numbers of the aggregate. Guarded by <see cref="Version"/>, so two saves cannot take the same number.</summary>
    public int BriefVersionsIssued { get; private set; }

    public int DraftsSubmitted { get; private set; }

    public int RevisionRoundsUsed { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<ProjectSample> Samples => samples;

    public IReadOnlyList<ProjectEvent> Events => events;

    public IReadOnlyList<BriefVersion> Briefs => briefs;

    public IReadOnlyList<Draft> Drafts => drafts;

    public bool IsFinal => Status.IsFinal();

    /// <summary>
    /// The owner can change the job's details and samples until it is approved or cancelled: a job changes mid-way,
    /// and the next brief version tells the writer what changed. The client never changes; the writer and the content
    /// kind stay once the writer has started (<see cref="WriterHasStarted"/>).
    /// </summary>
    public bool IsEditable => !IsFinal;

    /// <summary>The writer has acknowledged a brief and is working on the job (or it is with the owner for review).</summary>
    public bool WriterHasStarted => Status.WriterHasStarted();

    public bool IsOverdue(DateOnly today) => Overdue(DueOn, Status, today);

    /// <summary>Past its due date and not finished: the rule for a job, and for a row read without its entity.</summary>
    public static bool Overdue(DateOnly dueOn, ProjectStatus status, DateOnly today) => dueOn < today && !status.IsFinal();

    /// <summary>The status an action leads to from a status, or null when the lifecycle refuses it.</summary>
    public static ProjectStatus? NextStatus(ProjectStatus from, ProjectAction action) =>
        Transitions.TryGetValue((from, action), out var to) ? to : null;

    public bool Can(ProjectAction action) => NextStatus(Status, action) is not null;

    /// <summary>Records an edit of the job's details. Call after changing them.</summary>
    public void MarkEdited(string actorId, DateTime now)
    {
        EnsureEditable();
        UpdatedAt = now;
        Record(ProjectEventKind.Edited, actorId, now);
    }

    /// <summary>The sentence refusing fewer included rounds than were used; the edit form shows it beside the field too.</summary>
    public static string RoundsBelowUsed(int used) =>
        $"{used} revision {(used == 1 ? "round has" : "rounds have")} been used already: include at least {used}.";

    /// <summary>
    /// Sets the job's details (not its writer or samples, which have their own methods). Returns whether any of them
    /// changed, which means the brief they go into changed too. Refuses a new content kind once the writer has started,
    /// and fewer included revision rounds than were used.
    /// </summary>
    public bool SetDetails(JobDetails details)
    {
        EnsureEditable();
        details = details.Normalised();
        if (details.Kind != Kind && WriterHasStarted)
        {
            throw new DomainException(
                $"The writer has started, so the content kind stays {Labels.For(Kind)}. For another kind of content, post a new job.");
        }

        if (details.RevisionRoundsIncluded < RevisionRoundsUsed)
        {
            throw new DomainException(RoundsBelowUsed(RevisionRoundsUsed));
        }

        var changed = details != GetDetails();
        Title = details.Title;
        Kind = details.Kind;
        TargetLength = details.TargetLength;
        Audience = details.Audience;
        Goal = details.Goal;
        KeyPoints = details.KeyPoints;
        Keywords = details.Keywords;
        DueOn = details.DueOn;
        Expectations = details.Expectations;
        SpecialRequests = details.SpecialRequests;
        RevisionRoundsIncluded = details.RevisionRoundsIncluded;
        OwnerWords = details.OwnerWords;
        return changed;
    }

    /// <summary>The job's details as <see cref="SetDetails"/> takes them.</summary>
    public JobDetails GetDetails() => new(
        Title, Kind, TargetLength, Audience, Goal, KeyPoints, Keywords, DueOn, Expectations, SpecialRequests, RevisionRoundsIncluded)
    {
        OwnerWords = OwnerWords,
    };

    /// <summary>
    /// Sets the reference pieces sent with the brief, in reading order, and returns whether the choice or the order
    /// changed. Needs the samples loaded.
    /// </summary>
    public bool ChooseSamples(IEnumerable<int> referencePieceIds)
    {
        EnsureEditable();
        var wanted = referencePieceIds.Distinct().ToList();
        var before = samples.OrderBy(s => s.Position).Select(s => s.ReferencePieceId).ToList();
        samples.RemoveAll(s => !wanted.Contains(s.ReferencePieceId));
        for (var i = 0; i < wanted.Count; i++)
        {
            var existing = samples.Find(s => s.ReferencePieceId == wanted[i]);
            if (existing is null)
            {
                samples.Add(new ProjectSample(wanted[i], i));
            }
            else
            {
                existing.MoveTo(i);
            }
        }

        return !before.SequenceEqual(wanted);
    }

    public void AssignWriter(int? writerId, string actorId, DateTime now)
    {
        if (WriterId == writerId)
        {
            return;
        }

        EnsureEditable();
        if (WriterHasStarted)
        {
            throw new DomainException(
                "The writer has started on this job, so it stays with them. To give the work to someone else, cancel it and post a new job.");
        }

        WriterId = writerId;
        UpdatedAt = now;
        Record(ProjectEventKind.WriterAssigned, actorId, now);
    }

    /// <summary>Why a brief cannot be issued yet, said before the owner tries (the preview) and when they do.</summary>
    public const string BriefNeedsWriter = "Assign a writer before issuing the brief.";

    /// <inheritdoc cref="BriefNeedsWriter"/>
    public const string BriefNeedsSample = "Choose at least one reference piece: the writer needs to read how you sound.";

    /// <summary>Issues the next brief version. Needs the samples loaded.</summary>
    public BriefVersion IssueBrief(RichText content, string issuedById, DateTime now)
    {
        EnsureCan(ProjectAction.IssueBrief);
        if (WriterId is null)
        {
            throw new DomainException(BriefNeedsWriter);
        }

        if (samples.Count == 0)
        {
            throw new DomainException(BriefNeedsSample);
        }

        Move(ProjectAction.IssueBrief);
        BriefVersionsIssued++;
        var brief = new BriefVersion(BriefVersionsIssued, content, samples.OrderBy(s => s.Position).Select(s => s.ReferencePieceId), issuedById, now);
        briefs.Add(brief);
        UpdatedAt = now;
        Record(ProjectEventKind.BriefIssued, issuedById, now, $"Version {brief.Number}");
        return brief;
    }

    public BriefAcknowledgement AcknowledgeBrief(BriefVersion brief, int writerId, string actorId, DateTime now)
    {
        EnsureCan(ProjectAction.AcknowledgeBrief);
        if (writerId != WriterId)
        {
            throw new DomainException("Only the writer assigned to this job can acknowledge its brief.");
        }

        if (brief.Number != BriefVersionsIssued)
        {
            throw new DomainException("A newer version of this brief has been issued: read and acknowledge that one.");
        }

        if (brief.Acknowledgements.Any(a => a.WriterId == writerId))
        {
            throw new DomainException("You have already acknowledged this version of the brief.");
        }

        Move(ProjectAction.AcknowledgeBrief);
        UpdatedAt = now;
        Record(ProjectEventKind.BriefAcknowledged, actorId, now, $"Version {brief.Number}");
        return brief.AddAcknowledgement(writerId, now);
    }

    /// <summary>
    /// The revision points of the latest feedback the writer has not handled yet. Needs the latest draft
    /// loaded with its feedback and points.
    /// </summary>
    public IReadOnlyList<RevisionPoint> OpenPoints =>
        drafts.Find(d => d.Number == DraftsSubmitted)?.Feedback?.Points.Where(p => p.Resolution == PointResolution.Open).ToList() ?? [];

    /// <summary>
    /// Submits the next draft. The writer must have acknowledged the latest brief version, and every open revision
    /// point must be answered (addressed, or a note). Needs the brief versions loaded with their acknowledgements,
    /// and the latest draft with its feedback and points.
    /// </summary>
    public Draft SubmitDraft(
        int writerId, RichText body, int wordCount, string actorId, DateTime now, IReadOnlyDictionary<int, PointAnswer>? answers = null)
    {
        EnsureCan(ProjectAction.SubmitDraft);
        if (writerId != WriterId)
        {
            throw new DomainException("Only the writer assigned to this job can submit drafts.");
        }

        // A draft answers the brief its writer read: not one the owner changed after they acknowledged it.
        var latest = briefs.Find(b => b.Number == BriefVersionsIssued)
            ?? throw new InvalidOperationException("Load the job's brief versions with their acknowledgements before submitting a draft.");
        if (!latest.Acknowledgements.Any(a => a.WriterId == writerId))
        {
            var acknowledged = briefs.Where(b => b.Acknowledgements.Any(a => a.WriterId == writerId)).Max(b => (int?)b.Number);
            throw new DomainException(BriefToAcknowledge(acknowledged, latest.Number));
        }

        if (body.IsEmpty)
        {
            throw new DomainException(Draft.NothingWritten);
        }

        var open = OpenPoints;
        if (open.Any(p => answers is null || !answers.TryGetValue(p.Id, out var answer) || !answer.IsComplete))
        {
            throw new DomainException("Mark each revision point as addressed, or answer it with a short note, before submitting.");
        }

        Move(ProjectAction.SubmitDraft);
        DraftsSubmitted++;
        foreach (var point in open)
        {
            point.Resolve(answers![point.Id], DraftsSubmitted);
            point.CarryInto(body.Markdown);
        }

        var draft = new Draft(DraftsSubmitted, writerId, body, wordCount, now);
        drafts.Add(draft);
        UpdatedAt = now;
        Record(ProjectEventKind.DraftSubmitted, actorId, now, $"Draft {draft.Number}");
        return draft;
    }

    /// <summary>What sends the writer back to the brief before a draft: the refusal, and the editor's notice.</summary>
    public static string BriefToAcknowledge(int? acknowledged, int latest) => acknowledged is { } version
        ? $"The brief changed since you acknowledged version {version}: read version {latest} and acknowledge it first."
        : $"Read version {latest} of the brief and acknowledge it first.";

    /// <summary>Refuses a revision request that says nothing: the writer needs to know what to change.</summary>
    public const string SayWhatToRevise = "Say what to revise: add a comment or at least one revision point.";

    /// <summary>A revision request now would be round <paramref name="round"/>: beyond the included ones it needs the owner's confirmation.</summary>
    public static bool RoundIsExtra(int round, int included) => round > included;

    /// <summary>How the review form names the round a revision request now would be, when it is beyond those included.</summary>
    public static string RoundWarning(int round, int included) => $"This is revision round {round} of {included} included.";

    /// <summary>Refuses a round beyond those included that the owner did not confirm; the review form shows it beside the box.</summary>
    public static string ExtraRoundUnconfirmed(int round, int included) => $"{RoundWarning(round, included)} Tick the box to request it anyway.";

    /// <summary>
    /// The owner's answer to the latest draft: approve it, or request a revision with points. A revision round beyond
    /// those the job included is extra work the writer did not agree to, so it needs <paramref name="extraRoundConfirmed"/>.
    /// </summary>
    public Feedback GiveFeedback(
        Draft draft,
        FeedbackDecision decision,
        RichText comment,
        IReadOnlyCollection<RevisionPoint> points,
        string ownerId,
        DateTime now,
        bool extraRoundConfirmed = false)
    {
        var approve = decision == FeedbackDecision.Approve;
        EnsureCan(approve ? ProjectAction.Approve : ProjectAction.RequestRevision);
        if (draft.Number != DraftsSubmitted)
        {
            throw new DomainException("Feedback goes on the latest draft.");
        }

        if (draft.Feedback is not null)
        {
            throw new DomainException("This draft already has your feedback.");
        }

        if (decision == FeedbackDecision.RequestRevision && points.Count == 0 && comment.IsEmpty)
        {
            throw new DomainException(SayWhatToRevise);
        }

        var round = RevisionRoundsUsed + 1;
        if (!approve && RoundIsExtra(round, RevisionRoundsIncluded) && !extraRoundConfirmed)
        {
            throw new DomainException(ExtraRoundUnconfirmed(round, RevisionRoundsIncluded));
        }

        Move(approve ? ProjectAction.Approve : ProjectAction.RequestRevision);
        if (!approve)
        {
            RevisionRoundsUsed++;
        }

        var feedback = new Feedback(decision, comment, approve ? [] : points, ownerId, now);
        draft.SetFeedback(feedback);
        UpdatedAt = now;
        Record(
            approve ? ProjectEventKind.Approved : ProjectEventKind.RevisionRequested,
            ownerId,
            now,
            approve ? $"Draft {draft.Number}" : $"Draft {draft.Number}, round {RevisionRoundsUsed} of {RevisionRoundsIncluded} included");
        return feedback;
    }

    /// <summary>Cancels the job for good. The owner's reason, if any, is kept in the timeline (and told to the writer).</summary>
    public void Cancel(string actorId, DateTime now, string? reason = null)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason?.Length > FieldLengths.Line)
        {
            throw new DomainException($"Keep the reason to {FieldLengths.Line} characters or fewer.");
        }

        Move(ProjectAction.Cancel);
        UpdatedAt = now;
        Record(ProjectEventKind.Cancelled, actorId, now, reason);
    }

    /// <summary>The lifecycle's rule in the owner's words, for an edit that is refused and a page that will not offer the form.</summary>
    public static string NotEditable(ProjectStatus status) =>
        $"This job can no longer be edited: it is {Labels.Describe(status)}.";

    /// <summary>Why the owner is not offered the cancellation of a job that is already final.</summary>
    public static string NotCancellable(ProjectStatus status) =>
        $"This job is {Labels.Describe(status)}: it can no longer be cancelled.";

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainException(NotEditable(Status));
        }
    }

    /// <summary>
    /// The sentence an action the lifecycle does not allow in <paramref name="status"/> is refused with; a page that
    /// knows before a post that the action will be refused (the writer's editor) says the same.
    /// </summary>
    public static string Refusal(ProjectAction action, ProjectStatus status) =>
        $"You can't {Labels.Describe(action)}: this job is {Labels.Describe(status)}.";

    /// <summary>Refuses, with a sentence for the person, an action the lifecycle does not allow now.</summary>
    private void EnsureCan(ProjectAction action)
    {
        if (!Can(action))
        {
            throw new DomainException(Refusal(action, Status));
        }
    }

    private void Move(ProjectAction action)
    {
        EnsureCan(action);
        Status = NextStatus(Status, action)!.Value;
    }

    private void Record(ProjectEventKind kind, string actorId, DateTime now, string? detail = null) =>
        events.Add(new ProjectEvent(kind, actorId, now, detail));
}
