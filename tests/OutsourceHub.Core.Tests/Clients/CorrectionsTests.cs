using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Tests.Data;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Core.Tests.Clients;

/// <summary>
/// A correction made on two of a client's jobs is listed for the owner, and becomes standing guidance only when they
/// choose it: an expectation marked as added from their corrections, or a word to avoid; once, and only by the owner.
/// </summary>
public sealed class CorrectionsTests : IDisposable
{
    private static readonly MarkdownRenderer Renderer = new();
    private readonly SqliteDatabase database = new();

    [Fact]
    public async Task A_correction_made_on_two_jobs_is_listed_and_one_made_once_is_not()
    {
        var world = await WorldAsync(("The opening is too formal. Loosen it up.", "Too formal again in the opening, loosen up."), ("Add a quote.", "Check the date."));

        var found = await database.WithDbAsync(db => Corrections(db).ForClientAsync(world.OwnerId, world.ClientId, default));

        var item = Assert.Single(found!);
        Assert.Equal(2, item.Correction.Count);
        Assert.Equal(["Water", "Milk"], item.Correction.Jobs.Select(j => j.Title));
        Assert.Null(item.Guidance);
    }

    [Fact]
    public async Task Made_a_standing_expectation_it_is_marked_in_the_next_brief_and_counted_until_it_stops()
    {
        var world = await WorldAsync(("The opening is too formal. Loosen it up.", "Too formal again in the opening, loosen up."));
        var key = await KeyAsync(world);

        var adopted = await database.WithDbAsync(db => Corrections(db).AdoptAsync(world.OwnerId, world.ClientId, key, CorrectionGuidance.Expectation, "Open warmly, as if to a friend.", default));

        Assert.True(adopted);
        var client = await database.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == world.ClientId));
        Assert.EndsWith("- Open warmly, as if to a friend. *(added from your corrections)*", client.StandingExpectations.Markdown, StringComparison.Ordinal);
        Assert.StartsWith("Short paragraphs.", client.StandingExpectations.Markdown, StringComparison.Ordinal);
        Assert.Contains("<em>(added from your corrections)</em>", client.StandingExpectations.Html, StringComparison.Ordinal);
        var brief = await database.WithDbAsync(db => Briefs(db).AssembleAsync(world.JobIds[0], new BriefLinks("/Messages/1", id => $"/s/{id}"), default));
        Assert.Contains("- Open warmly, as if to a friend. *(added from your corrections)*", brief, StringComparison.Ordinal);
        var item = Assert.Single((await database.WithDbAsync(db => Corrections(db).ForClientAsync(world.OwnerId, world.ClientId, default)))!);
        Assert.Equal(CorrectionGuidance.Expectation, item.Guidance!.Guidance);
        Assert.Equal(0, item.Since);
    }

    [Fact]
    public async Task Made_a_word_to_avoid_it_joins_the_voice_and_the_brief_marks_it()
    {
        var world = await WorldAsync(("Avoid “synergy”, please.", "“Synergy” again: cut it."));
        var key = await KeyAsync(world);

        await database.WithDbAsync(db => Corrections(db).AdoptAsync(world.OwnerId, world.ClientId, key, CorrectionGuidance.WordToAvoid, " synergy ", default));

        var client = await database.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == world.ClientId));
        Assert.Equal("elevate, synergy", client.Voice.WordsToAvoid);
        var brief = await database.WithDbAsync(db => Briefs(db).AssembleAsync(world.JobIds[0], new BriefLinks("/Messages/1", id => $"/s/{id}"), default));
        Assert.Contains("- **Words to avoid:** elevate, synergy *(added from your corrections)*", brief, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_becomes_guidance_once_and_never_for_another_owner()
    {
        var world = await WorldAsync(("Shorter paragraphs, please.", "Paragraphs too long: shorter paragraphs."));
        var key = await KeyAsync(world);
        var stranger = await database.AddUserAsync("Other Owner");

        var theirs = await database.WithDbAsync(db => Corrections(db).AdoptAsync(stranger.Id, world.ClientId, key, CorrectionGuidance.Expectation, "Hijacked", default));
        var listed = await database.WithDbAsync(db => Corrections(db).ForClientAsync(stranger.Id, world.ClientId, default));
        await database.WithDbAsync(db => Corrections(db).AdoptAsync(world.OwnerId, world.ClientId, key, CorrectionGuidance.Expectation, "Short paragraphs.", default));
        var again = await Assert.ThrowsAsync<DomainException>(() => database.WithDbAsync(db =>
            Corrections(db).AdoptAsync(world.OwnerId, world.ClientId, key, CorrectionGuidance.Expectation, "Short paragraphs.", default)));
        var none = await database.WithDbAsync(db => Corrections(db).AdoptAsync(world.OwnerId, world.ClientId, key + 1000, CorrectionGuidance.Expectation, "x", default));

        Assert.Null(theirs);
        Assert.Null(listed);
        Assert.Equal(Core.Clients.Corrections.AlreadyGuidance, again.Message);
        Assert.Null(none);
        Assert.Equal(1, await database.WithDbAsync(db => db.StandingCorrections.CountAsync()));
        var client = await database.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == world.ClientId));
        Assert.DoesNotContain("Hijacked", client.StandingExpectations.Markdown, StringComparison.Ordinal);
    }

    public void Dispose() => database.Dispose();

    private sealed record World(string OwnerId, int ClientId, IReadOnlyList<int> JobIds);

    private Corrections Corrections(OutsourceHubDbContext db) => new(db, Renderer, database.Clock, NullLogger<Corrections>.Instance);

    private KickoffBriefs Briefs(OutsourceHubDbContext db) =>
        new(db, Renderer, database.Clock, new Notifier(db, database.Clock), new FakeNoticeLinks(), NullLogger<KickoffBriefs>.Instance);

    private async Task<int> KeyAsync(World world) =>
        Assert.Single((await database.WithDbAsync(db => Corrections(db).ForClientAsync(world.OwnerId, world.ClientId, default)))!).Correction.Key;

    /// <summary>A client with a writer and two jobs; draft 1 of each answered with a revision: the first point of each pair on the first job, the second on the second.</summary>
    private async Task<World> WorldAsync(params (string OnWater, string OnMilk)[] points)
    {
        var owner = await database.AddUserAsync("Maya Owner");
        var client = await database.WithDbAsync(async db =>
        {
            var client = new Client(owner.Id, ClientDetails.Named("Juniper & Oak") with
            {
                Voice = VoiceProfile.Empty with { WordsToAvoid = "elevate" },
                StandingExpectations = Renderer.Render("Short paragraphs."),
            }, SqliteDatabase.Start);
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            return client;
        });
        var (writerUser, writer) = await database.AddWriterAsync(client.Id);
        var jobs = new List<int>();
        foreach (var (title, pick) in new (string, Func<(string, string), string>)[] { ("Water", p => p.Item1), ("Milk", p => p.Item2) })
        {
            jobs.Add(await database.WithDbAsync(async db =>
            {
                var sample = new ReferencePiece(client.Id, $"Sample for {title}", ContentKind.BlogPost, "The story.", SqliteDatabase.Start);
                db.ReferencePieces.Add(sample);
                await db.SaveChangesAsync();
                var job = new Project(client.Id, title, ContentKind.Article, new DateOnly(2026, 12, 9), owner.Id, SqliteDatabase.Start);
                db.Projects.Add(job);
                job.ChooseSamples([sample.Id]);
                job.AssignWriter(writer.Id, owner.Id, SqliteDatabase.Start);
                var brief = job.IssueBrief(Renderer.Render("# Kickoff brief"), owner.Id, SqliteDatabase.Start);
                job.AcknowledgeBrief(brief, writer.Id, writerUser.Id, SqliteDatabase.Start);
                var draft = job.SubmitDraft(writer.Id, Renderer.Render("A draft about coffee."), 4, writerUser.Id, SqliteDatabase.Start);
                database.Clock.Advance(TimeSpan.FromHours(1));
                job.GiveFeedback(
                    draft,
                    FeedbackDecision.RequestRevision,
                    RichText.Empty,
                    points.Select(p => new RevisionPoint(pick(p), RevisionCategory.Voice, BriefSection.Voice)).ToList(),
                    owner.Id,
                    database.Clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync();
                return job.Id;
            }));
        }

        return new World(owner.Id, client.Id, jobs);
    }
}
