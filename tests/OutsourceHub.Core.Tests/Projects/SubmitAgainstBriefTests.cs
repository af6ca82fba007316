using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Tests.Projects;

/// <summary>A draft answers the brief the writer has read: never one issued after their acknowledgement.</summary>
public sealed class SubmitAgainstBriefTests
{
    private const int WriterId = 7;
    private const string Owner = "owner-1";
    private const string WriterUser = "writer-user-1";
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
    private static readonly RichText Text = new("Some words", "<p>Some words</p>");

    [Fact]
    public void A_draft_is_submitted_against_the_latest_acknowledged_brief()
    {
        var project = InProgress();

        var draft = project.SubmitDraft(WriterId, Text, 2, WriterUser, Now);

        Assert.Equal(1, draft.Number);
        Assert.Equal(ProjectStatus.Submitted, project.Status);
    }

    [Fact]
    public void A_draft_is_refused_while_a_newer_brief_version_waits_for_acknowledgement()
    {
        var project = InProgress();
        project.IssueBrief(Text, Owner, Now);

        var error = Assert.Throws<DomainException>(() => project.SubmitDraft(WriterId, Text, 2, WriterUser, Now));

        Assert.Equal("The brief changed since you acknowledged version 1: read version 2 and acknowledge it first.", error.Message);
        Assert.Equal(ProjectStatus.InProgress, project.Status);
        Assert.Empty(project.Drafts);
        Assert.Equal(0, project.DraftsSubmitted);
    }

    [Fact]
    public void Acknowledging_the_newer_version_lets_the_draft_through()
    {
        var project = InProgress();
        var second = project.IssueBrief(Text, Owner, Now);
        project.AcknowledgeBrief(second, WriterId, WriterUser, Now);

        var draft = project.SubmitDraft(WriterId, Text, 2, WriterUser, Now);

        Assert.Equal(1, draft.Number);
    }

    [Fact]
    public void A_revision_is_refused_against_a_brief_reissued_during_the_review()
    {
        var project = InProgress();
        var first = project.SubmitDraft(WriterId, Text, 2, WriterUser, Now);
        project.IssueBrief(Text, Owner, Now);
        project.IssueBrief(Text, Owner, Now);
        project.GiveFeedback(first, FeedbackDecision.RequestRevision, Text, [], Owner, Now);

        var error = Assert.Throws<DomainException>(() => project.SubmitDraft(WriterId, Text, 2, WriterUser, Now));

        Assert.Equal("The brief changed since you acknowledged version 1: read version 3 and acknowledge it first.", error.Message);
        Assert.Equal(ProjectStatus.RevisionRequested, project.Status);
        Assert.Equal(1, project.DraftsSubmitted);
    }

    private static Project InProgress()
    {
        var project = new Project(clientId: 1, "A job", ContentKind.BlogPost, new DateOnly(2026, 12, 1), Owner, Now);
        project.ChooseSamples([1]);
        project.AssignWriter(WriterId, Owner, Now);
        var brief = project.IssueBrief(Text, Owner, Now);
        project.AcknowledgeBrief(brief, WriterId, WriterUser, Now);
        return project;
    }
}
