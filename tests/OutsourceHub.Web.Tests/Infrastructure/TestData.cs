using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Web.Tests.Infrastructure;

/// <summary>Puts domain data straight into the app's database, for tests about what pages do with it.</summary>
public static class TestData
{
    private static readonly MarkdownRenderer Renderer = new();

    public static Task<Client> CreateClientAsync(this AppFactory app, string ownerId, string name = "Juniper & Oak") =>
        app.WithDbAsync(async db =>
        {
            var client = new Client(
                ownerId,
                ClientDetails.Named(name) with
                {
                    Audience = "Home brewers",
                    Voice = new VoiceProfile { ToneWords = "warm, direct", CaresAbout = Renderer.Render("Good coffee for **everyone**.") },
                },
                DateTime.UtcNow);
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            return client;
        });

    public static Task<ReferencePiece> CreateSampleAsync(this AppFactory app, int clientId, string title = "Why I stopped weighing my beans") =>
        app.WithDbAsync(async db =>
        {
            var sample = new ReferencePiece(
                clientId,
                new SampleDetails(
                    title,
                    ContentKind.BlogPost,
                    "https://example.com/blog/beans",
                    Renderer.Render("For two years I eyeballed my coffee."),
                    null,
                    "Notice how I open with a story."),
                DateTime.UtcNow);
            db.ReferencePieces.Add(sample);
            await db.SaveChangesAsync();
            return sample;
        });

    /// <summary>A writer account with its profile, on the roster of the given client.</summary>
    public static async Task<(AppUser User, Writer Writer)> CreateWriterAsync(this AppFactory app, int clientId, string? name = null)
    {
        var user = await app.CreateUserAsync(AppRoles.Writer, name: name);
        var writer = await app.WithDbAsync(async db =>
        {
            var writer = new Writer(user.Id, DateTime.UtcNow);
            db.Writers.Add(writer);
            await db.SaveChangesAsync();
            db.Roster.Add(new RosterEntry(clientId, writer.Id, DateTime.UtcNow));
            await db.SaveChangesAsync();
            return writer;
        });
        return (user, writer);
    }

    public static Task<Project> CreateJobAsync(
        this AppFactory app, Client client, string title = "Cold brew without the fuss", int? writerId = null, int[]? sampleIds = null, DateOnly? dueOn = null) =>
        app.WithDbAsync(async db =>
        {
            var job = new Project(client.Id, title, ContentKind.BlogPost, dueOn ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14), client.OwnerId, DateTime.UtcNow);
            job.SetDetails(job.GetDetails() with
            {
                TargetLength = 1000,
                Audience = client.Audience,
            });
            db.Projects.Add(job);
            job.ChooseSamples(sampleIds ?? []);
            if (writerId is not null)
            {
                job.AssignWriter(writerId, client.OwnerId, DateTime.UtcNow);
            }

            await db.SaveChangesAsync();
            return job;
        });
}
