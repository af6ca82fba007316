using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Writers;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>The people the security tables speak of. A and W own the scenario's data; the rest must not reach it.</summary>
public enum Party
{
    /// <summary>Owner A: keeps the client, its samples and the jobs.</summary>
    Owner,

    /// <summary>Writer W: on A's roster, assigned to the job that went through the whole loop.</summary>
    Writer,

    /// <summary>Owner B: another owner, with a client of their own.</summary>
    OtherOwner,

    /// <summary>Writer U: writes for B, not on A's roster.</summary>
    OffRosterWriter,

    /// <summary>Writer S: on the same client's roster as W, assigned to a different job of that client.</summary>
    SameClientWriter,

    /// <summary>Nobody signed in.</summary>
    Visitor,
}

/// <summary>
/// One rich scenario per test class: owner A with a client, samples (one archived) and writer W; a job carried
/// through brief → acknowledgement → draft 1 → revision request → draft 2, with a message, notifications and a
/// second, unread brief version; a second job for writer S; a job still in setup; open invitations; and the
/// outsiders B, U, S and an anonymous visitor, each with a signed-in browser of their own.
/// </summary>
public sealed class IsolationScenario : IAsyncLifetime
{
    public const string UnknownToken = "no-such-invitation-token-0000000000000000000";

    private static readonly MarkdownRenderer Renderer = new();
    private readonly Dictionary<Party, TestBrowser> browsers = [];

    public AppFactory App { get; } = new();

    public AppUser OwnerA { get; private set; } = null!;

    public AppUser WriterW { get; private set; } = null!;

    public AppUser OwnerB { get; private set; } = null!;

    public AppUser WriterU { get; private set; } = null!;

    public AppUser WriterS { get; private set; } = null!;

    public Client ClientA { get; private set; } = null!;

    /// <summary>A second client of A, for the invitation W may accept.</summary>
    public Client SecondClientA { get; private set; } = null!;

    public ReferencePiece SampleA1 { get; private set; } = null!;

    public ReferencePiece SampleA2 { get; private set; } = null!;

    public ReferencePiece ArchivedSampleA { get; private set; } = null!;

    public Writer W { get; private set; } = null!;

    /// <summary>W's job: briefed, acknowledged, two drafts, a revision round, a message, brief version 2 unread. Submitted.</summary>
    public Project Job { get; private set; } = null!;

    /// <summary>S's job, of the same client: briefed.</summary>
    public Project OtherJob { get; private set; } = null!;

    /// <summary>A's job still in setup, with W and samples chosen: editable, and its brief can be issued.</summary>
    public Project SetupJob { get; private set; } = null!;

    public Client ClientB { get; private set; } = null!;

    /// <summary>The first revision point, answered in draft 2.</summary>
    public int PointId { get; private set; }

    /// <summary>A correction A made on two jobs of SecondClientA (written by T, a writer of that client only).</summary>
    public int CorrectionKey { get; private set; }

    /// <summary>A's notification that draft 1 was submitted.</summary>
    public long OwnerNotificationId { get; private set; }

    /// <summary>A's open invitation for a new writer of ClientA: a token that belongs to nobody signed in.</summary>
    public int PendingInvitationId { get; private set; }

    public string PendingToken { get; private set; } = string.Empty;

    /// <summary>A real password-reset link for owner A, and one that names A with a token made for B.</summary>
    public string ResetPath { get; private set; } = string.Empty;

    public string ForeignResetPath { get; private set; } = string.Empty;

    /// <summary>A's open invitation for W's own email, to SecondClientA: W may join with it.</summary>
    public string WritersOwnToken { get; private set; } = string.Empty;

    /// <summary>Words that appear only in A's data: none may reach an outsider's page.</summary>
    public IReadOnlyList<string> WordsOfA =>
        [ClientA.Name, SecondClientA.Name, Job.Title, OtherJob.Title, SetupJob.Title, SampleA1.Title, SampleA2.Title, ArchivedSampleA.Title];

    public TestBrowser Browser(Party party) => browsers[party];

    public async Task InitializeAsync()
    {
        OwnerA = await App.CreateUserAsync(AppRoles.Owner, name: "Ada Owner");
        ClientA = await App.CreateClientAsync(OwnerA.Id, "Alder & Ash");
        SecondClientA = await App.CreateClientAsync(OwnerA.Id, "Alder Labs");
        SampleA1 = await App.CreateSampleAsync(ClientA.Id, "Alder sample one");
        SampleA2 = await App.CreateSampleAsync(ClientA.Id, "Alder sample two");
        ArchivedSampleA = await App.CreateSampleAsync(ClientA.Id, "Alder sample archived");
        await App.WithDbAsync(db => db.ReferencePieces.Where(r => r.Id == ArchivedSampleA.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ArchivedAt, DateTime.UtcNow)));

        (WriterW, W) = await App.CreateWriterAsync(ClientA.Id, "Wren Writer");
        (WriterS, var s) = await App.CreateWriterAsync(ClientA.Id, "Sage Writer");

        OwnerB = await App.CreateUserAsync(AppRoles.Owner, name: "Bo Owner");
        ClientB = await App.CreateClientAsync(OwnerB.Id, "Birch & Bay");
        await App.CreateSampleAsync(ClientB.Id, "Birch sample");
        (WriterU, _) = await App.CreateWriterAsync(ClientB.Id, "Umber Writer");

        Job = await App.CreateJobAsync(ClientA, "Alder launch post", W.Id, [SampleA1.Id, SampleA2.Id]);
        OtherJob = await App.CreateJobAsync(ClientA, "Alder newsletter", s.Id, [SampleA1.Id]);
        SetupJob = await App.CreateJobAsync(ClientA, "Alder spring plan", W.Id, [SampleA1.Id, SampleA2.Id]);

        foreach (var (party, user) in new[]
        {
            (Party.Owner, OwnerA), (Party.Writer, WriterW), (Party.OtherOwner, OwnerB), (Party.OffRosterWriter, WriterU), (Party.SameClientWriter, WriterS),
        })
        {
            browsers[party] = await App.SignedInAsync(user);
        }

        browsers[Party.Visitor] = App.NewBrowser();
        await RunTheLoopAsync();
        await IssueBriefAsync(OtherJob.Id, "# Kickoff brief for the newsletter");
        CorrectionKey = await RecurringCorrectionAsync();

        (var pending, PendingToken) = await App.CreateInvitationAsync(InvitationKind.Writer, OwnerA.Id, ClientA.Id, "new-writer@example.com");
        PendingInvitationId = pending.Id;
        (_, WritersOwnToken) = await App.CreateInvitationAsync(InvitationKind.Writer, OwnerA.Id, SecondClientA.Id, WriterW.Email);

        ResetPath = await ResetPathAsync(OwnerA.Id, OwnerA.Id);
        ForeignResetPath = await ResetPathAsync(OwnerA.Id, OwnerB.Id);

        OwnerNotificationId = await App.WithDbAsync(db => db.Notifications
            .Where(n => n.UserId == OwnerA.Id && n.Kind == NotificationKind.DraftSubmitted).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync());
        ClientA = await App.WithDbAsync(db => db.Clients.AsNoTracking().SingleAsync(c => c.Id == ClientA.Id));
        SetupJob = await App.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == SetupJob.Id));
        Job = await App.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == Job.Id));
        Assert.Equal((ProjectStatus.Submitted, 2, 2, 1), (Job.Status, Job.BriefVersionsIssued, Job.DraftsSubmitted, Job.RevisionRoundsUsed));
    }

    public async Task DisposeAsync()
    {
        foreach (var browser in browsers.Values)
        {
            browser.Dispose();
        }

        await App.DisposeAsync();
    }

    /// <summary>The owner–writer loop on W's job, through the real pages, so notifications and events are the app's own.</summary>
    private async Task RunTheLoopAsync()
    {
        var owner = Browser(Party.Owner);
        var writer = Browser(Party.Writer);

        var issued = await owner.SubmitAsync(await owner.GetAsync($"/Briefs/Preview/{Job.Id}"));
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var acknowledged = await writer.PostWithTokenAsync(
            $"/Briefs/Version/{Job.Id}/1?handler=Acknowledge",
            ("Input.ReadSampleIds", SampleA1.Id.ToString(CultureInfo.InvariantCulture)), ("Input.ReadSampleIds", SampleA2.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitDraftAsync(Job.Id, "Alder's first draft, in my own words.")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.RequestRevisionAsync(Job.Id, 1, ("Open with a story", "Voice"))).StatusCode);
        PointId = await App.WithDbAsync(db => db.RevisionPoints.Select(p => p.Id).SingleAsync());
        var second = await writer.SubmitDraftAsync(Job.Id, "Alder's second draft opens with a story.", new Dictionary<string, string> { ["Input.Points[0].Addressed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var thread = await owner.GetAsync($"/Thread/{Job.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync(thread, new Dictionary<string, string> { ["Input.Body"] = "Lovely opening, thank you." })).StatusCode);

        // A second brief version the writer has not acknowledged yet: the Acknowledge handler has something to do.
        await IssueBriefAsync(Job.Id, "# Kickoff brief, version 2");
    }

    /// <summary>The same point on draft 1 of two jobs of SecondClientA, straight through the domain; its correction's key.</summary>
    private async Task<int> RecurringCorrectionAsync()
    {
        var (writerUser, writer) = await App.CreateWriterAsync(SecondClientA.Id, "Teal Writer");
        var renderer = new MarkdownRenderer();
        var keys = new List<int>();
        foreach (var title in new[] { "Alder Labs notes", "Alder Labs letter" })
        {
            var job = await App.CreateJobAsync(SecondClientA, title, writer.Id);
            keys.Add(await App.WithDbAsync(async db =>
            {
                var project = await db.Projects.Include(p => p.Samples).SingleAsync(p => p.Id == job.Id);
                var sample = new ReferencePiece(SecondClientA.Id, $"Sample for {title}", ContentKind.BlogPost, "The story.", DateTime.UtcNow);
                db.ReferencePieces.Add(sample);
                await db.SaveChangesAsync();
                project.ChooseSamples([sample.Id]);
                var brief = project.IssueBrief(renderer.Render("# Kickoff brief"), OwnerA.Id, DateTime.UtcNow);
                project.AcknowledgeBrief(brief, writer.Id, writerUser.Id, DateTime.UtcNow);
                var draft = project.SubmitDraft(writer.Id, renderer.Render("A draft."), 2, writerUser.Id, DateTime.UtcNow);
                var point = new Core.Reviews.RevisionPoint("The opening is too formal: loosen it up.", Core.Reviews.RevisionCategory.Voice, Core.Reviews.BriefSection.Voice);
                project.GiveFeedback(draft, Core.Reviews.FeedbackDecision.RequestRevision, RichText.Empty, [point], OwnerA.Id, DateTime.UtcNow);
                await db.SaveChangesAsync();
                return point.Id;
            }));
        }

        return keys.Min();
    }

    private Task IssueBriefAsync(int projectId, string markdown) =>
        App.WithDbAsync(async db =>
        {
            var job = await db.Projects.Include(p => p.Samples).SingleAsync(p => p.Id == projectId);
            job.IssueBrief(Renderer.Render(markdown), OwnerA.Id, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

    /// <summary>The reset page's link for <paramref name="userId"/>, with a token made for <paramref name="tokenFor"/>.</summary>
    private async Task<string> ResetPathAsync(string userId, string tokenFor)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        var token = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(tokenFor))!);
        var encoded = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));
        return $"/Account/ResetPassword?userId={Uri.EscapeDataString(userId)}&token={encoded}";
    }
}
