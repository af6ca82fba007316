using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Tests.Projects;

public sealed class ProjectSamplesTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Choosing_samples_again_keeps_the_new_reading_order()
    {
        var project = new Project(1, "A job", ContentKind.Article, new DateOnly(2026, 12, 1), "owner", Now);
        project.ChooseSamples([10, 11, 12]);

        project.ChooseSamples([12, 10, 13]);

        Assert.Equal([12, 10, 13], project.Samples.OrderBy(s => s.Position).Select(s => s.ReferencePieceId));
    }

    [Fact]
    public void A_brief_version_keeps_the_samples_it_sent_even_when_the_choice_changes()
    {
        var project = new Project(1, "A job", ContentKind.Article, new DateOnly(2026, 12, 1), "owner", Now);
        project.ChooseSamples([10, 11]);
        project.AssignWriter(3, "owner", Now);
        var first = project.IssueBrief(new RichText("brief", "<p>brief</p>"), "owner", Now);

        project.ChooseSamples([11]);
        var second = project.IssueBrief(new RichText("brief 2", "<p>brief 2</p>"), "owner", Now);

        Assert.Equal([10, 11], first.Samples.Select(s => s.ReferencePieceId));
        Assert.Equal([11], second.Samples.Select(s => s.ReferencePieceId));
    }
}
