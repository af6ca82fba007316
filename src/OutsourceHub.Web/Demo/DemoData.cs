using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Messages;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Writers;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Demo;

/// <summary>
/// `--seed-demo`: an owner, a writer, a client with a full voice profile, three reference pieces and jobs in
/// several states, so a newcomer can click through the product. Loads once; running it again changes nothing.
/// </summary>
public static class DemoData
{
    public const string OwnerEmail = "owner@demo.outsourcehub.test";
    public const string OwnerPassword = "demo owner password";
    public const string WriterEmail = "writer@demo.outsourcehub.test";
    public const string WriterPassword = "demo writer password";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var users = provider.GetRequiredService<UserManager<AppUser>>();
        var logger = provider.GetRequiredService<ILogger<OutsourceHubDbContext>>();
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

        if (await users.FindByEmailAsync(OwnerEmail) is null)
        {
            var owner = await CreateUserAsync(users, OwnerEmail, OwnerPassword, "Maya Lindqvist", AppRoles.Owner, now);
            var writerUser = await CreateUserAsync(users, WriterEmail, WriterPassword, "Sam Okafor", AppRoles.Writer, now);
            await SeedWorkAsync(provider, owner, writerUser, now, cancellationToken);
            provider.GetRequiredService<FirstRun>().Completed();
            logger.LogInformation("Demo data loaded");
        }
        else
        {
            logger.LogInformation("Demo data already loaded; nothing added");
        }

        Console.WriteLine();
        Console.WriteLine("Demo accounts:");
        Console.WriteLine($"  owner   {OwnerEmail}   password: {OwnerPassword}");
        Console.WriteLine($"  writer  {WriterEmail}   password: {WriterPassword}");
        Console.WriteLine();
    }

    private static async Task<AppUser> CreateUserAsync(
        UserManager<AppUser> users, string email, string password, string name, string role, DateTime now)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = now };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        return user;
    }

    private const string ClientAudience = "Home brewers who want better coffee without the snobbery";

    private static async Task SeedWorkAsync(
        IServiceProvider provider, AppUser owner, AppUser writerUser, DateTime now, CancellationToken cancellationToken)
    {
        var db = provider.GetRequiredService<OutsourceHubDbContext>();
        var renderer = provider.GetRequiredService<MarkdownRenderer>();
        var briefs = provider.GetRequiredService<KickoffBriefs>();
        var clientId = await provider.GetRequiredService<ClientBook>().CreateAsync(
            owner.Id,
            new ClientDetails(
                "Juniper & Oak Coffee",
                "https://juniperandoak.example",
                ClientAudience,
                new VoiceProfile
                {
                    ToneWords = "warm, plain-spoken, curious, a little cheeky",
                    PointOfView = PointOfView.FirstPersonSingular,
                    SignatureWords = "honest cup, dial it in, no gatekeeping, let's be real",
                    WordsToAvoid = "artisanal, elevate, curated, journey",
                    CaresAbout = renderer.Render(
                        "I started roasting in my garage because good coffee felt like a club I wasn't invited to. " +
                        "Everything I write is about **opening that door**: anyone can make a great cup at home."),
                },
                renderer.Render(
                    "- Open with a small, real moment, not a definition.\n- Short paragraphs; one idea each.\n- End with one thing the reader can try tomorrow morning."),
                renderer.Render(
                    "- Never name competitors.\n- Prices in dollars, weights in grams.")),
            cancellationToken);
        var writer = new Writer(writerUser.Id, now) { Bio = "Food and lifestyle ghostwriter.", Specialties = "blog posts, newsletters" };
        db.Writers.Add(writer);
        await db.SaveChangesAsync(cancellationToken);
        db.Roster.Add(new RosterEntry(clientId, writer.Id, now));
        await db.SaveChangesAsync(cancellationToken);

        var pieces = provider.GetRequiredService<ReferencePieces>();
        SampleDetails[] samples =
        [
            new(
                "Why I stopped weighing my beans (and started again)",
                ContentKind.BlogPost,
                "https://juniperandoak.example/blog/weighing-beans",
                renderer.Render(
                    "For two years I eyeballed my coffee. Let's be real: it was fine. Then one Tuesday it wasn't.\n\n" +
                    "Here's what I learned when I dialled it in again, gram by gram."),
                null,
                "Notice how I open with a story and admit a mistake before giving advice."),
            new(
                "The Sunday Pour newsletter, issue 12",
                ContentKind.Newsletter,
                null,
                renderer.Render(
                    "Morning, friend.\n\nThis week a reader asked me whether grinders matter. Short answer: yes. " +
                    "Longer answer: not as much as you fear.\n\nTry this tomorrow: grind a little coarser and taste the difference."),
                null,
                "The rhythm: short paragraphs, one question to the reader, a single tip at the end."),
            new(
                "Brewing with a moka pot, live from the roastery",
                ContentKind.Video,
                "https://juniperandoak.example/videos/moka-pot",
                RichText.Empty,
                null,
                "How I talk to the camera: plain words, no jargon without explaining it."),
        ];
        var sampleIds = new List<int>();
        foreach (var sample in samples)
        {
            sampleIds.Add(await pieces.CreateAsync(owner.Id, clientId, sample, cancellationToken) ?? throw new InvalidOperationException("The demo client is the demo owner's."));
        }

        var today = DateOnly.FromDateTime(now);
        var jobs = provider.GetRequiredService<Jobs>();
        async Task<Project> NewJobAsync(string title, ContentKind kind, int length, int dueInDays, int? writerId)
        {
            var details = new JobDetails(
                title,
                kind,
                length,
                ClientAudience,
                "Help a home brewer make one better cup this week.",
                "Start from a real moment\nOne technique, explained plainly\nOne thing to try tomorrow",
                "home coffee, brewing tips",
                today.AddDays(dueInDays),
                RichText.Empty,
                RichText.Empty,
                Project.DefaultRevisionRounds)
            {
                OwnerWords = new(
                [
                    new OwnerAnswer(OwnerWords.DefaultPrompts[0], renderer.Render("Because most people never taste what their beans can do, and it takes *one* small change.")),
                    new OwnerAnswer(OwnerWords.DefaultPrompts[2], renderer.Render("They think good coffee needs expensive gear. It needs attention.")),
                ]),
            };
            var id = await jobs.CreateAsync(owner.Id, clientId, details, writerId, sampleIds, cancellationToken)
                ?? throw new InvalidOperationException("The demo client is the demo owner's.");
            return await db.Projects.Include(p => p.Samples).SingleAsync(p => p.Id == id, cancellationToken);
        }

        var setup = await NewJobAsync("Cold brew without the fuss", ContentKind.BlogPost, 1200, 21, writerId: null);
        var briefed = await NewJobAsync("Holiday gift guide for coffee people", ContentKind.Newsletter, 700, 14, writer.Id);
        var inProgress = await NewJobAsync("Grinders: what actually matters", ContentKind.Article, 1500, 10, writer.Id);
        var submitted = await NewJobAsync("Decaf deserves better", ContentKind.BlogPost, 1000, 5, writer.Id);
        var revising = await NewJobAsync("Water: the ingredient nobody talks about", ContentKind.Article, 1400, 3, writer.Id);
        var approved = await NewJobAsync("Moka pot in five minutes", ContentKind.Video, 5, -2, writer.Id);

        foreach (var job in new[] { briefed, inProgress, submitted, revising, approved })
        {
            var id = job.Id;
            await briefs.AddNextVersionAsync(id, owner.Id, new BriefLinks($"/Thread/{id}", sampleId => $"/Briefs/Sample/{id}/{sampleId}"), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var job in new[] { inProgress, submitted, revising, approved })
        {
            job.AcknowledgeBrief(job.Briefs[0], writer.Id, writerUser.Id, now);
        }

        const string draftText = "Let's be real: most of us never think about the water. I didn't either, until one Tuesday...";
        submitted.SubmitDraft(writer.Id, renderer.Render(draftText), 17, writerUser.Id, now);
        var revisingDraft = revising.SubmitDraft(writer.Id, renderer.Render(draftText), 17, writerUser.Id, now);
        var approvedDraft = approved.SubmitDraft(writer.Id, renderer.Render("Five minutes, one moka pot, an honest cup."), 8, writerUser.Id, now);
        await db.SaveChangesAsync(cancellationToken);

        revising.GiveFeedback(
            revisingDraft,
            FeedbackDecision.RequestRevision,
            renderer.Render("Good start. Two things before I'm happy with it:"),
            [
                new RevisionPoint("Open with the Tuesday story in full: that's how I always start.", RevisionCategory.Voice, BriefSection.Expectations),
                new RevisionPoint("Add one tip the reader can try tomorrow morning.", RevisionCategory.Structure, BriefSection.Expectations),
            ],
            owner.Id,
            now);
        approved.GiveFeedback(approvedDraft, FeedbackDecision.Approve, renderer.Render("Sounds just like me. Thank you!"), [], owner.Id, now);

        db.Messages.Add(new Message(inProgress.Id, writerUser.Id, renderer.Render("Quick question: should I mention burr vs blade by name?"), now));
        db.Messages.Add(new Message(inProgress.Id, owner.Id, renderer.Render("Yes, but explain it in one plain sentence."), now));
        await db.SaveChangesAsync(cancellationToken);
    }
}
