using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.BrowserTests;

/// <summary>What a journey starts from, put straight into the app's database: the steps before the one under test.</summary>
public sealed record World(string OwnerEmail, string OwnerId, int ClientId, int[] SampleIds, int JobId);

public static class Seed
{
    public const string Password = "a long test passphrase";
    private static readonly MarkdownRenderer Renderer = new();

    /// <summary>An owner with a client, three samples and a job in setup.</summary>
    public static async Task<World> OwnerWorldAsync(this BrowserApp app, string jobTitle = "Water: the ingredient nobody talks about")
    {
        var owner = await CreateUserAsync(app, $"owner-{Guid.NewGuid():N}@example.com", "Maya Lindqvist", AppRoles.Owner);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        var now = DateTime.UtcNow;
        var client = new Client(
            owner.Id,
            ClientDetails.Named("Juniper & Oak Coffee") with
            {
                Audience = "Home brewers",
                Voice = new VoiceProfile { ToneWords = "warm, plain-spoken", SignatureWords = "honest cup", CaresAbout = Renderer.Render("Good coffee for **everyone**.") },
            },
            now);
        db.Clients.Add(client);
        await db.SaveChangesAsync();
        var samples = new[] { "Why I stopped weighing my beans", "The Sunday Pour, issue 12", "Moka pot, live" }
            .Select(title =>
            {
                var sample = new ReferencePiece(client.Id, title, ContentKind.BlogPost, "Notice how I open with a story.", now);
                sample.SetText(Renderer.Render($"{title}: for two years I eyeballed my coffee."));
                return sample;
            })
            .ToArray();
        db.ReferencePieces.AddRange(samples);
        await db.SaveChangesAsync();
        var job = new Project(client.Id, jobTitle, ContentKind.Article, DateOnly.FromDateTime(now).AddDays(14), owner.Id, now);
        job.SetDetails(job.GetDetails() with
        {
            TargetLength = 1200,
            Audience = client.Audience,
            Goal = "One better cup this week",
        });
        db.Projects.Add(job);
        job.ChooseSamples(samples.Select(s => s.Id));
        await db.SaveChangesAsync();
        return new World(owner.Email!, owner.Id, client.Id, samples.Select(s => s.Id).ToArray(), job.Id);
    }

    /// <summary>A writer account on the client's roster; returns its email.</summary>
    public static async Task<string> WriterOnRosterAsync(this BrowserApp app, World world, string name = "Sam Okafor")
    {
        var user = await CreateUserAsync(app, $"writer-{Guid.NewGuid():N}@example.com", name, AppRoles.Writer);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        var writer = new Writer(user.Id, DateTime.UtcNow);
        db.Writers.Add(writer);
        await db.SaveChangesAsync();
        db.Roster.Add(new RosterEntry(world.ClientId, writer.Id, DateTime.UtcNow));
        await db.SaveChangesAsync();
        return user.Email!;
    }

    /// <summary>An invitation to write for the client; returns the join path with its token.</summary>
    public static async Task<string> InvitationAsync(this BrowserApp app, World world, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        var (invitation, token) = Invitation.Create(InvitationKind.Writer, world.OwnerId, world.ClientId, email, null, DateTime.UtcNow);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync();
        return $"/Join/{token}";
    }

    /// <summary>Assigns the writer (by account email) and issues the brief, as the owner would.</summary>
    public static async Task BriefAsync(this BrowserApp app, World world, string writerEmail, bool acknowledge = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        var writer = await db.Writers.SingleAsync(w => db.Users.Any(u => u.Id == w.UserId && u.Email == writerEmail));
        var job = await db.Projects.Include(p => p.Samples).SingleAsync(p => p.Id == world.JobId);
        job.AssignWriter(writer.Id, world.OwnerId, DateTime.UtcNow);
        await db.SaveChangesAsync();
        var id = world.JobId;
        var brief = await scope.ServiceProvider.GetRequiredService<KickoffBriefs>()
            .AddNextVersionAsync(id, world.OwnerId, new BriefLinks($"/Thread/{id}", sampleId => $"/Briefs/Sample/{id}/{sampleId}"), CancellationToken.None);
        await db.SaveChangesAsync();
        if (acknowledge)
        {
            job.AcknowledgeBrief(brief, writer.Id, writer.UserId, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }
    }

    private static async Task<AppUser> CreateUserAsync(BrowserApp app, string email, string name, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = name, CreatedAt = DateTime.UtcNow };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user;
    }
}

public static class SignIn
{
    public static async Task SignInAsync(this Microsoft.Playwright.IPage page, string email, string password = Seed.Password)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The sign-out button hides in the collapsed menu on a phone: wait for leaving the sign-in page instead.
        await Microsoft.Playwright.Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
    }
}
