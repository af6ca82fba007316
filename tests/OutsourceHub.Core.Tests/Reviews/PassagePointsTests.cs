using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Tests.Data;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Tests.Reviews;

/// <summary>Revision points on a passage of the draft: placed on the server, refused beside the field, carried into the next draft.</summary>
public sealed class PassagePointsTests : IAsyncLifetime
{
    private const string DraftOne =
        "For two years I eyeballed my coffee. Let's be real: it was fine.\n\n" +
        "Then one Tuesday it wasn't. The beans were stale and the water was hard.\n\n" +
        "So I started weighing it again, gram by gram, and it was fine again.";

    private static readonly MarkdownRenderer Renderer = new();
    private SqliteDatabase database = null!;
    private JobInProgress job = null!;

    public async Task InitializeAsync()
    {
        database = new SqliteDatabase();
        job = await database.JobInProgressAsync();
        await SubmitAsync(DraftOne, new Dictionary<int, PointAnswer>());
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task A_point_on_a_passage_keeps_the_quote_its_place_its_context_and_the_suggested_wording()
    {
        await GiveAsync(Point("Say which beans.", "The beans were stale", suggestion: "The Ethiopian beans were three weeks old"));

        var point = Assert.Single(await PointsAsync(1));
        Assert.Equal("The beans were stale", point.PassageExact);
        Assert.Equal(DraftOne.IndexOf("The beans", StringComparison.Ordinal), point.PassageStart);
        Assert.Equal(point.PassageStart + 20, point.PassageEnd);
        Assert.EndsWith("it wasn't. ", point.PassagePrefix, StringComparison.Ordinal);
        Assert.Equal("The Ethiopian beans were three weeks old", point.SuggestedWording);
    }

    [Theory]
    [InlineData("decaf deserves better", Core.Reviews.Reviewing.PassageNotFound)]
    [InlineData(null, RevisionPoint.SuggestionNeedsPassage)]
    public async Task A_passage_not_in_the_draft_or_a_suggestion_without_one_is_refused_beside_the_points_passage(string? passage, string message)
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => GiveAsync(
            new PointRequest("Fine as it is.", RevisionCategory.Voice, BriefSection.Voice),
            Point("Say which beans.", passage, suggestion: "Something else")));

        Assert.Equal(message, refused.Message);
        Assert.Equal("Points[1].Passage", refused.About);
        Assert.Empty(await PointsAsync(1));
    }

    [Fact]
    public async Task A_passage_in_two_places_is_refused_with_both_and_one_told_apart_by_its_context_is_kept()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => GiveAsync(Point("Not fine.", "it was fine")));
        await GiveAsync(Point("Not fine.", "it was fine", prefix: "gram by gram, and ", suffix: " again."));

        Assert.StartsWith("That passage is in the draft 2 times: “", refused.Message, StringComparison.Ordinal);
        Assert.Equal(DraftOne.LastIndexOf("it was fine", StringComparison.Ordinal), Assert.Single(await PointsAsync(1)).PassageStart);
    }

    [Fact]
    public async Task A_quote_over_the_limit_is_refused()
    {
        var refused = await Assert.ThrowsAsync<DomainException>(() => GiveAsync(Point("Too long.", new string('a', Passages.MaxLength + 1))));

        Assert.Equal(Core.Reviews.Reviewing.PassageTooLong, refused.Message);
    }

    [Fact]
    public async Task The_next_draft_carries_each_passage_and_the_review_shows_then_and_now()
    {
        await GiveAsync(
            Point("Say which beans.", "The beans were stale and the water was hard.", suggestion: "The beans were three weeks old."),
            Point("Cut the aside.", "Let's be real: it was fine."),
            Point("Keep, but tighten.", "So I started weighing it again, gram by gram"));
        var points = await PointsAsync(1);
        var next = DraftOne
            .Replace("The beans were stale and the water was hard.", "The beans were three weeks old and the water was hard.", StringComparison.Ordinal)
            .Replace(" Let's be real: it was fine.", string.Empty, StringComparison.Ordinal);

        await SubmitAsync(next, points.ToDictionary(p => p.Id, p => new PointAnswer(true, null)));
        await using var db = database.NewContext();
        var review = await Reviewing(db).OpenAsync(job.OwnerId, job.JobId, 2, default);

        var handled = review!.PreviousPoints;
        Assert.Equal([PassageFate.Rewritten, PassageFate.Removed, PassageFate.Unchanged], handled.Select(p => p.Fate));
        Assert.Equal("The beans were three weeks old and the water was hard.", handled[0].PassageNow);
        Assert.Equal("The beans were stale and the water was hard.", handled[0].PassageThen);
        Assert.Null(handled[1].PassageNow);
        Assert.Equal([false, false, true], handled.Select(p => p.AddressedButUnchanged));
    }

    private static PointRequest Point(string text, string? passage, string? prefix = null, string? suffix = null, string? suggestion = null) =>
        new(text, RevisionCategory.Voice, BriefSection.Voice, Passage: passage, PassagePrefix: prefix, PassageSuffix: suffix, Suggestion: suggestion);

    private Reviewing Reviewing(OutsourceHubDbContext db) =>
        new(db, database.Clock, new Notifier(db, database.Clock), new FakeNoticeLinks(), Renderer, new VoiceChecks(db, new InstallBackground(database.Clock)), NullLogger<Reviewing>.Instance);

    private async Task GiveAsync(params PointRequest[] points)
    {
        await using var db = database.NewContext();
        await Reviewing(db).GiveAsync(job.OwnerId, job.JobId, 1, new FeedbackRequest(FeedbackDecision.RequestRevision, string.Empty, points), default);
    }

    private async Task SubmitAsync(string text, IReadOnlyDictionary<int, PointAnswer> answers)
    {
        await using var db = database.NewContext();
        var project = await db.Projects
            .Include(p => p.Briefs).ThenInclude(b => b.Acknowledgements)
            .Include(p => p.Drafts).ThenInclude(d => d.Feedback).ThenInclude(f => f!.Points)
            .SingleAsync(p => p.Id == job.JobId);
        project.SubmitDraft(job.WriterId, Renderer.Render(text), 60, job.WriterUserId, SqliteDatabase.Start, answers);
        await db.SaveChangesAsync();
    }

    private async Task<List<RevisionPoint>> PointsAsync(int draftNumber)
    {
        await using var db = database.NewContext();
        return await db.RevisionPoints.AsNoTracking()
            .Where(p => db.Feedback.Any(f => f.Id == p.FeedbackId && db.Drafts.Any(d => d.Id == f.DraftId && d.ProjectId == job.JobId && d.Number == draftNumber)))
            .OrderBy(p => p.Id)
            .ToListAsync();
    }
}
