using OutsourceHub.Core.Drafts;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Tests.Projects;

public sealed class RevisionChecklistTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
    private static readonly RichText Text = new("Words", "<p>Words</p>");

    [Fact]
    public void The_next_draft_is_refused_while_a_point_is_unhandled()
    {
        var project = WithOnePointOpen();

        var error = Assert.Throws<DomainException>(() => project.SubmitDraft(1, Text, 1, "writer", Now));

        Assert.Contains("revision point", error.Message, StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.RevisionRequested, project.Status);
        Assert.Single(project.OpenPoints);
    }

    [Fact]
    public void A_point_answered_without_a_note_or_tick_is_refused()
    {
        var project = WithOnePointOpen();

        Assert.Throws<DomainException>(() => project.SubmitDraft(1, Text, 1, "writer", Now, new Dictionary<int, PointAnswer> { [0] = new(false, " ") }));
        Assert.Equal(ProjectStatus.RevisionRequested, project.Status);
    }

    [Theory]
    [InlineData(true, null, PointResolution.Addressed)]
    [InlineData(true, "Opened with the Tuesday story", PointResolution.Addressed)]
    [InlineData(false, "The study is paywalled; I linked the summary instead", PointResolution.Answered)]
    public void A_handled_point_records_how_and_in_which_draft(bool addressed, string? note, PointResolution expected)
    {
        var project = WithOnePointOpen();
        var point = project.OpenPoints[0];

        var draft = project.SubmitDraft(1, Text, 1, "writer", Now, new Dictionary<int, PointAnswer> { [point.Id] = new(addressed, note) });

        Assert.Equal(expected, point.Resolution);
        Assert.Equal(note, point.WriterNote);
        Assert.Equal(2, point.ResolvedInDraftNumber);
        Assert.Equal(2, draft.Number);
        Assert.Empty(project.OpenPoints);
    }

    [Fact]
    public void An_empty_draft_is_refused()
    {
        var project = WithOnePointOpen();

        Assert.Throws<DomainException>(() => project.SubmitDraft(1, RichText.Empty, 0, "writer", Now, new Dictionary<int, PointAnswer> { [0] = new(true, null) }));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("One two three.", 3)]
    [InlineData("I **don't** know a [well-known](https://example.com/a-b-c) trick", 6)]
    [InlineData("# Heading\n\n- item one\n- item two", 5)]
    public void Words_are_counted_as_a_reader_sees_them(string markdown, int words) =>
        Assert.Equal(words, WordCounter.Count(markdown));

    private static Project WithOnePointOpen()
    {
        var project = new Project(1, "Job", ContentKind.Article, new DateOnly(2026, 12, 1), "owner", Now);
        project.ChooseSamples([5]);
        project.AssignWriter(1, "owner", Now);
        var brief = project.IssueBrief(Text, "owner", Now);
        project.AcknowledgeBrief(brief, 1, "writer", Now);
        var draft = project.SubmitDraft(1, Text, 1, "writer", Now);
        project.GiveFeedback(draft, FeedbackDecision.RequestRevision, RichText.Empty,
            [new RevisionPoint("Open with a story", RevisionCategory.Voice, BriefSection.Expectations)], "owner", Now);
        return project;
    }
}
