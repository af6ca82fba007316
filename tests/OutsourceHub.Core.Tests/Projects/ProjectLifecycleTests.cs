using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Tests.Projects;

public sealed class ProjectLifecycleTests
{
    private const int WriterId = 7;
    private const string Owner = "owner-1";
    private const string WriterUser = "writer-user-1";
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
    private static readonly RichText Text = new("Some words", "<p>Some words</p>");

    /// <summary>Every move the lifecycle allows: status before, action, status after.</summary>
    public static TheoryData<ProjectStatus, ProjectAction, ProjectStatus> Allowed => new()
    {
        { ProjectStatus.Setup, ProjectAction.IssueBrief, ProjectStatus.Briefed },
        { ProjectStatus.Briefed, ProjectAction.IssueBrief, ProjectStatus.Briefed },
        { ProjectStatus.InProgress, ProjectAction.IssueBrief, ProjectStatus.InProgress },
        { ProjectStatus.Submitted, ProjectAction.IssueBrief, ProjectStatus.Submitted },
        { ProjectStatus.RevisionRequested, ProjectAction.IssueBrief, ProjectStatus.RevisionRequested },
        { ProjectStatus.Briefed, ProjectAction.AcknowledgeBrief, ProjectStatus.InProgress },
        { ProjectStatus.InProgress, ProjectAction.SubmitDraft, ProjectStatus.Submitted },
        { ProjectStatus.RevisionRequested, ProjectAction.SubmitDraft, ProjectStatus.Submitted },
        { ProjectStatus.Submitted, ProjectAction.RequestRevision, ProjectStatus.RevisionRequested },
        { ProjectStatus.Submitted, ProjectAction.Approve, ProjectStatus.Approved },
        { ProjectStatus.Setup, ProjectAction.Cancel, ProjectStatus.Cancelled },
        { ProjectStatus.Briefed, ProjectAction.Cancel, ProjectStatus.Cancelled },
        { ProjectStatus.InProgress, ProjectAction.Cancel, ProjectStatus.Cancelled },
        { ProjectStatus.Submitted, ProjectAction.Cancel, ProjectStatus.Cancelled },
        { ProjectStatus.RevisionRequested, ProjectAction.Cancel, ProjectStatus.Cancelled },
    };

    /// <summary>Every pair of status and action that is not in <see cref="Allowed"/>.</summary>
    public static TheoryData<ProjectStatus, ProjectAction> Refused
    {
        get
        {
            var allowed = Allowed.Select(row => ((ProjectStatus)row[0], (ProjectAction)row[1])).ToHashSet();
            var data = new TheoryData<ProjectStatus, ProjectAction>();
            foreach (var status in Enum.GetValues<ProjectStatus>())
            {
                foreach (var action in Enum.GetValues<ProjectAction>())
                {
                    // Acknowledging a newer version while the job is under way is allowed: tested on its own below.
                    var acknowledgingUnderWay = action == ProjectAction.AcknowledgeBrief
                        && status is ProjectStatus.InProgress or ProjectStatus.Submitted or ProjectStatus.RevisionRequested;
                    if (!allowed.Contains((status, action)) && !acknowledgingUnderWay)
                    {
                        data.Add(status, action);
                    }
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void An_allowed_action_moves_the_job_to_its_next_status(ProjectStatus from, ProjectAction action, ProjectStatus to)
    {
        var project = ProjectIn(from);

        Perform(project, action);

        Assert.Equal(to, project.Status);
        Assert.Equal(to, Project.NextStatus(from, action));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_refused_action_throws_a_readable_message_and_leaves_the_status(ProjectStatus from, ProjectAction action)
    {
        var project = ProjectIn(from);

        var error = Assert.Throws<DomainException>(() => Perform(project, action));

        Assert.Equal(from, project.Status);
        Assert.Null(Project.NextStatus(from, action));
        Assert.StartsWith("You can't ", error.Message, StringComparison.Ordinal);
        Assert.Contains(Labels.Describe(from), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ProjectStatus.InProgress)]
    [InlineData(ProjectStatus.Submitted)]
    [InlineData(ProjectStatus.RevisionRequested)]
    public void Acknowledging_a_newer_brief_keeps_the_job_where_it_is(ProjectStatus status)
    {
        var project = ProjectIn(status);
        var newer = project.IssueBrief(Text, Owner, Now);

        project.AcknowledgeBrief(newer, WriterId, WriterUser, Now);

        Assert.Equal(status, project.Status);
        Assert.Equal(2, newer.Number);
    }

    [Fact]
    public void Acknowledging_an_old_version_is_refused()
    {
        var project = ProjectIn(ProjectStatus.Briefed);
        var first = project.Briefs[0];
        project.IssueBrief(Text, Owner, Now);

        var error = Assert.Throws<DomainException>(() => project.AcknowledgeBrief(first, WriterId, WriterUser, Now));

        Assert.Contains("newer version", error.Message, StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.Briefed, project.Status);
    }

    [Fact]
    public void Issuing_a_brief_needs_a_writer()
    {
        var project = NewProject();
        project.ChooseSamples([1]);

        var error = Assert.Throws<DomainException>(() => project.IssueBrief(Text, Owner, Now));

        Assert.Equal("Assign a writer before issuing the brief.", error.Message);
        Assert.Equal(ProjectStatus.Setup, project.Status);
    }

    [Fact]
    public void Issuing_a_brief_needs_a_reference_piece()
    {
        var project = NewProject();
        project.AssignWriter(WriterId, Owner, Now);

        var error = Assert.Throws<DomainException>(() => project.IssueBrief(Text, Owner, Now));

        Assert.Contains("at least one reference piece", error.Message, StringComparison.Ordinal);
        Assert.Empty(project.Briefs);
    }

    [Fact]
    public void Brief_versions_and_drafts_are_numbered_in_order()
    {
        var project = ProjectIn(ProjectStatus.RevisionRequested);
        var reissued = project.IssueBrief(Text, Owner, Now);
        project.AcknowledgeBrief(reissued, WriterId, WriterUser, Now);
        var second = project.SubmitDraft(WriterId, Text, 2, WriterUser, Now);

        Assert.Equal([1, 2], project.Briefs.Select(b => b.Number));
        Assert.Equal(2, second.Number);
        Assert.Equal(1, project.RevisionRoundsUsed);
    }

    [Fact]
    public void Only_the_assigned_writer_submits_drafts()
    {
        var project = ProjectIn(ProjectStatus.InProgress);

        var error = Assert.Throws<DomainException>(() => project.SubmitDraft(WriterId + 1, Text, 2, "someone", Now));

        Assert.Contains("assigned", error.Message, StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.InProgress, project.Status);
    }

    [Fact]
    public void A_revision_request_counts_rounds_and_keeps_its_points()
    {
        var project = ProjectIn(ProjectStatus.Submitted);
        var points = new[]
        {
            new RevisionPoint("Open with a story", RevisionCategory.Voice, BriefSection.Expectations),
            new RevisionPoint("Add a pricing table", RevisionCategory.Other, BriefSection.NewRequest),
        };

        var feedback = project.GiveFeedback(project.Drafts[^1], FeedbackDecision.RequestRevision, RichText.Empty, points, Owner, Now);

        Assert.Equal(2, feedback.Points.Count);
        Assert.Equal(1, feedback.Points.Count(p => p.IsNewRequest));
        Assert.Equal(1, project.RevisionRoundsUsed);
    }

    [Fact]
    public void A_revision_request_must_say_what_to_revise()
    {
        var project = ProjectIn(ProjectStatus.Submitted);

        Assert.Throws<DomainException>(() =>
            project.GiveFeedback(project.Drafts[^1], FeedbackDecision.RequestRevision, RichText.Empty, [], Owner, Now));
        Assert.Equal(ProjectStatus.Submitted, project.Status);
    }

    [Theory]
    [InlineData(ProjectStatus.Setup, true)]
    [InlineData(ProjectStatus.Briefed, true)]
    [InlineData(ProjectStatus.InProgress, true)]
    [InlineData(ProjectStatus.Submitted, true)]
    [InlineData(ProjectStatus.RevisionRequested, true)]
    [InlineData(ProjectStatus.Approved, false)]
    [InlineData(ProjectStatus.Cancelled, false)]
    public void Details_can_be_edited_until_the_job_is_approved_or_cancelled(ProjectStatus status, bool editable)
    {
        var project = ProjectIn(status);

        Assert.Equal(editable, project.IsEditable);
        if (editable)
        {
            project.MarkEdited(Owner, Now);
        }
        else
        {
            Assert.Throws<DomainException>(() => project.MarkEdited(Owner, Now));
        }
    }

    [Fact]
    public void Every_change_of_status_is_in_the_timeline()
    {
        var project = ProjectIn(ProjectStatus.Approved);

        Assert.Equal(
            [
                ProjectEventKind.Created, ProjectEventKind.WriterAssigned, ProjectEventKind.BriefIssued,
                ProjectEventKind.BriefAcknowledged, ProjectEventKind.DraftSubmitted, ProjectEventKind.Approved,
            ],
            project.Events.Select(e => e.Kind));
    }

    private static Project NewProject()
    {
        var job = new Project(clientId: 1, "A job", ContentKind.BlogPost, new DateOnly(2026, 12, 1), Owner, Now);
        job.SetDetails(job.GetDetails() with { TargetLength = 1000 });
        return job;
    }

    /// <summary>Drives a new job of 1,000 words through the real methods to the given status.</summary>
    internal static Project ProjectIn(ProjectStatus status)
    {
        var project = NewProject();
        project.ChooseSamples([1, 2]);
        project.AssignWriter(WriterId, Owner, Now);
        if (status == ProjectStatus.Setup)
        {
            return project;
        }

        if (status == ProjectStatus.Cancelled)
        {
            project.Cancel(Owner, Now);
            return project;
        }

        var brief = project.IssueBrief(Text, Owner, Now);
        if (status == ProjectStatus.Briefed)
        {
            return project;
        }

        project.AcknowledgeBrief(brief, WriterId, WriterUser, Now);
        if (status == ProjectStatus.InProgress)
        {
            return project;
        }

        var draft = project.SubmitDraft(WriterId, Text, 2, WriterUser, Now);
        switch (status)
        {
            case ProjectStatus.Submitted:
                return project;
            case ProjectStatus.RevisionRequested:
                project.GiveFeedback(draft, FeedbackDecision.RequestRevision, Text, [], Owner, Now);
                return project;
            case ProjectStatus.Approved:
                project.GiveFeedback(draft, FeedbackDecision.Approve, Text, [], Owner, Now);
                return project;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
    }

    private static void Perform(Project project, ProjectAction action)
    {
        switch (action)
        {
            case ProjectAction.IssueBrief:
                project.IssueBrief(Text, Owner, Now);
                break;
            case ProjectAction.AcknowledgeBrief:
                project.AcknowledgeBrief(project.Briefs.LastOrDefault() ?? ProjectIn(ProjectStatus.Briefed).Briefs[0], WriterId, WriterUser, Now);
                break;
            case ProjectAction.SubmitDraft:
                project.SubmitDraft(WriterId, Text, 2, WriterUser, Now);
                break;
            case ProjectAction.RequestRevision:
                project.GiveFeedback(LatestDraftOrStandIn(project), FeedbackDecision.RequestRevision, Text, [], Owner, Now);
                break;
            case ProjectAction.Approve:
                project.GiveFeedback(LatestDraftOrStandIn(project), FeedbackDecision.Approve, Text, [], Owner, Now);
                break;
            case ProjectAction.Cancel:
                project.Cancel(Owner, Now);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    /// <summary>The job's latest draft, or, for a job that has none, another job's: the lifecycle refuses first.</summary>
    private static OutsourceHub.Core.Drafts.Draft LatestDraftOrStandIn(Project project) =>
        project.Drafts.LastOrDefault() ?? ProjectIn(ProjectStatus.Submitted).Drafts[0];
}
