using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Tests.Projects;

/// <summary>What may change on a job mid-way, and what stays once the writer has started.</summary>
public sealed class JobEditingTests
{
    private const int WriterId = 7;
    private const string Owner = "owner-1";
    private const string WriterUser = "writer-user-1";
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
    private static readonly RichText Text = new("Some words", "<p>Some words</p>");

    [Theory]
    [InlineData(ProjectStatus.Setup)]
    [InlineData(ProjectStatus.Briefed)]
    [InlineData(ProjectStatus.InProgress)]
    [InlineData(ProjectStatus.Submitted)]
    [InlineData(ProjectStatus.RevisionRequested)]
    public void Every_detail_in_the_brief_can_change_until_the_job_is_final(ProjectStatus status)
    {
        var project = ProjectIn(status);
        var changed = project.GetDetails() with
        {
            DueOn = new DateOnly(2026, 12, 20),
            KeyPoints = "A new point",
            Goal = "A sharper goal",
            Audience = "Busy parents",
            TargetLength = 1500,
            Expectations = Text,
            SpecialRequests = Text,
            RevisionRoundsIncluded = 3,
        };

        Assert.True(project.IsEditable);
        Assert.True(project.SetDetails(changed));
        Assert.True(project.ChooseSamples([2, 1]));
        project.MarkEdited(Owner, Now);

        Assert.Equal(changed, project.GetDetails());
        Assert.Equal(ProjectEventKind.Edited, project.Events[^1].Kind);
        Assert.Equal(status, project.Status);
    }

    [Theory]
    [InlineData(ProjectStatus.Approved)]
    [InlineData(ProjectStatus.Cancelled)]
    public void A_final_job_cannot_be_edited(ProjectStatus status)
    {
        var project = ProjectIn(status);

        Assert.False(project.IsEditable);
        var refused = Assert.Throws<DomainException>(() => project.SetDetails(project.GetDetails() with { Goal = "Too late" }));
        Assert.Equal($"This job can no longer be edited: it is {Labels.Describe(status)}.", refused.Message);
        Assert.Throws<DomainException>(() => project.MarkEdited(Owner, Now));
        Assert.Throws<DomainException>(() => project.ChooseSamples([1]));
    }

    [Fact]
    public void Saving_the_same_details_changes_nothing()
    {
        var project = ProjectIn(ProjectStatus.InProgress);

        Assert.False(project.SetDetails(project.GetDetails()));
        Assert.False(project.ChooseSamples([1, 2]));
    }

    [Fact]
    public void The_content_kind_can_change_before_the_writer_starts_and_not_after()
    {
        var briefed = ProjectIn(ProjectStatus.Briefed);
        var started = ProjectIn(ProjectStatus.InProgress);

        briefed.SetDetails(briefed.GetDetails() with { Kind = ContentKind.Video, TargetLength = 5 });
        var refused = Assert.Throws<DomainException>(() => started.SetDetails(started.GetDetails() with { Kind = ContentKind.Video, TargetLength = 5 }));

        Assert.Equal(ContentKind.Video, briefed.Kind);
        Assert.Equal(ContentKind.BlogPost, started.Kind);
        Assert.Equal(1000, started.TargetLength);
        Assert.Contains("the content kind stays Blog post", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_writer_can_change_before_they_start_and_not_after()
    {
        var briefed = ProjectIn(ProjectStatus.Briefed);
        var started = ProjectIn(ProjectStatus.Submitted);

        briefed.AssignWriter(8, Owner, Now);
        started.AssignWriter(WriterId, Owner, Now);
        var refused = Assert.Throws<DomainException>(() => started.AssignWriter(8, Owner, Now));

        Assert.Equal(8, briefed.WriterId);
        Assert.Equal(WriterId, started.WriterId);
        Assert.StartsWith("The writer has started on this job, so it stays with them.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rounds_included_may_come_down_to_the_rounds_used_and_not_below()
    {
        var project = ProjectIn(ProjectStatus.RevisionRequested);

        Assert.Equal(1, project.RevisionRoundsUsed);
        project.SetDetails(project.GetDetails() with { RevisionRoundsIncluded = 1 });
        var refused = Assert.Throws<DomainException>(() => project.SetDetails(project.GetDetails() with { RevisionRoundsIncluded = 0 }));

        Assert.Equal(1, project.RevisionRoundsIncluded);
        Assert.Equal("1 revision round has been used already: include at least 1.", refused.Message);
    }

    [Fact]
    public void Cancelling_keeps_the_owners_reason_in_the_timeline()
    {
        var project = ProjectIn(ProjectStatus.InProgress);

        project.Cancel(Owner, Now, "  The launch moved to spring.  ");

        Assert.Equal(ProjectStatus.Cancelled, project.Status);
        Assert.Equal(ProjectEventKind.Cancelled, project.Events[^1].Kind);
        Assert.Equal("The launch moved to spring.", project.Events[^1].Detail);
    }

    [Fact]
    public void Cancelling_without_a_reason_records_none_and_a_reason_too_long_for_the_timeline_is_refused()
    {
        var withoutReason = ProjectIn(ProjectStatus.Briefed);
        var tooLong = ProjectIn(ProjectStatus.Briefed);

        withoutReason.Cancel(Owner, Now, "   ");
        Assert.Throws<DomainException>(() => tooLong.Cancel(Owner, Now, new string('x', FieldLengths.Line + 1)));

        Assert.Null(withoutReason.Events[^1].Detail);
        Assert.Equal(ProjectStatus.Briefed, tooLong.Status);
    }

    private static Project ProjectIn(ProjectStatus status) => ProjectLifecycleTests.ProjectIn(status);
}
