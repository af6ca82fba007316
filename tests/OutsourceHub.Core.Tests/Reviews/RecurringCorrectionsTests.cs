using OutsourceHub.Core.Reviews;

namespace OutsourceHub.Core.Tests.Reviews;

/// <summary>Which revision points are the same correction made again, on fixtures of true and false matches.</summary>
public sealed class RecurringCorrectionsTests
{
    private static readonly DateTime Day = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);
    private static int nextId;

    [Theory]
    [InlineData("The opening is too formal. Loosen it up.", "Too formal again in the opening — loosen up.")]
    [InlineData("Cut the jargon in the intro.", "The intro is full of jargon; cut it.")]
    [InlineData("Shorter sentences, please.", "Your sentences run long: make them shorter.")]
    [InlineData("Shorter.", "Make the whole piece shorter.")]
    [InlineData("End with one thing to try tomorrow.", "Close with a thing readers can try tomorrow")]
    public void Points_with_the_same_section_category_and_overlapping_wording_on_two_jobs_are_one_correction(string first, string second)
    {
        var points = new[] { Point(1, first), Point(2, second) };

        var correction = Assert.Single(RecurringCorrections.Group(points));

        Assert.Equal(2, correction.Count);
        Assert.Equal(points[0].Id, correction.Key);
        Assert.Equal(second, correction.Latest.Text);
        Assert.Equal([1, 2], correction.Jobs.Select(j => j.Id));
    }

    [Theory]
    [InlineData("Check the date of the study.", "Check the spelling of the roaster's name.")]
    [InlineData("Make it more formal.", "Make it less chatty and warmer.")]
    [InlineData("The opening is too long.", "The closing feels rushed.")]
    [InlineData("Please add a story.", "Please add a quote.")]
    public void Points_that_only_share_function_words_or_one_word_of_several_are_not(string first, string second)
    {
        Assert.Empty(RecurringCorrections.Group([Point(1, first), Point(2, second)]));
    }

    [Fact]
    public void The_same_wording_under_another_section_or_category_is_another_correction()
    {
        var points = new[]
        {
            Point(1, "Too formal in the opening."),
            Point(2, "Too formal in the opening.", section: BriefSection.Expectations),
            Point(3, "Too formal in the opening.", category: RevisionCategory.Structure),
        };

        Assert.Empty(RecurringCorrections.Group(points));
    }

    [Fact]
    public void The_same_point_twice_on_one_job_is_not_yet_a_habit()
    {
        Assert.Empty(RecurringCorrections.Group([Point(1, "Too formal in the opening.", draft: 1), Point(1, "Still too formal in the opening.", draft: 2)]));
    }

    [Fact]
    public void The_same_word_asked_out_again_is_one_correction_whatever_its_section()
    {
        var points = new[]
        {
            Point(1, "“Synergy” is on my list of words to avoid. Please rephrase: “our synergy with growers”"),
            Point(2, "Please don't use \"synergy\" — ever.", section: BriefSection.SpecialRequests, category: RevisionCategory.Other),
            Point(3, "Remove this.", passage: "Synergy"),
            Point(4, "Avoid “leverage”."),
        };

        var correction = Assert.Single(RecurringCorrections.Group(points));

        Assert.Equal("synergy", correction.Word);
        Assert.Equal([points[0].Id, points[1].Id, points[2].Id], correction.Points.Select(p => p.Id));
    }

    [Fact]
    public void Corrections_come_most_often_made_first_and_join_through_a_point_like_both()
    {
        var points = new[]
        {
            Point(1, "Add a real customer story."),
            Point(2, "Add a customer story here."),
            Point(3, "Shorter paragraphs."),
            Point(4, "Paragraphs are too long, make them shorter."),
            Point(5, "Shorter paragraphs in the middle."),
        };

        var found = RecurringCorrections.Group(points);

        Assert.Equal([3, 2], found.Select(c => c.Count));
        Assert.Equal(points[2].Id, found[0].Key);
    }

    private static PastPoint Point(
        int job, string text, BriefSection section = BriefSection.Voice, RevisionCategory category = RevisionCategory.Voice, int draft = 1, string? passage = null)
    {
        var id = Interlocked.Increment(ref nextId);
        return new PastPoint(id, job, $"Job {job}", draft, 7, section, category, text, passage, Day.AddDays(id));
    }
}
