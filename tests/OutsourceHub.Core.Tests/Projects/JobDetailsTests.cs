using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Tests.Projects;

/// <summary>How a job stores what the owner wrote, whoever calls it: the form, the demo data, the load seed.</summary>
public sealed class JobDetailsTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_job_stores_text_trimmed_one_key_point_a_line_and_each_keyword_once()
    {
        var job = new Project(1, "Water", ContentKind.Article, new DateOnly(2026, 12, 20), "owner", Now);

        job.SetDetails(job.GetDetails() with
        {
            Title = "  Water, again  ",
            Audience = " Home brewers ",
            KeyPoints = "  Hardness \n\n Filters\n",
            Keywords = "coffee,  Water\nCoffee, brewing ",
        });

        Assert.Equal("Water, again", job.Title);
        Assert.Equal("Home brewers", job.Audience);
        Assert.Equal("Hardness\nFilters", job.KeyPoints);
        Assert.Equal("coffee, Water, brewing", job.Keywords);
    }

    [Fact]
    public void The_same_words_typed_with_other_spacing_are_no_change_to_the_brief()
    {
        var job = new Project(1, "Water", ContentKind.Article, new DateOnly(2026, 12, 20), "owner", Now);
        job.SetDetails(job.GetDetails() with { KeyPoints = "Hardness\nFilters", Keywords = "coffee, water" });

        var changed = job.SetDetails(job.GetDetails() with { Title = " Water ", KeyPoints = "Hardness \n Filters", Keywords = "coffee,water" });

        Assert.False(changed);
    }
}
