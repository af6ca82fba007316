using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>Who sends a bad form: each has its own browser, and the anonymous ones a new browser per case.</summary>
public enum Actor
{
    Owner,
    Writer,

    /// <summary>A signed-in owner of their own, for the account page, so name changes touch no one else.</summary>
    AccountHolder,
    Anonymous,

    /// <summary>Anonymous, on a second install that has no account yet.</summary>
    FirstRun,

    /// <summary>Anonymous, on this install with open registration.</summary>
    OpenRegistration,
}

/// <summary>
/// The app the bad-input cases share: an owner with a client, a reference piece and a writer on the roster, and
/// one job in each state a form needs. Forms whose acceptance would change that shared state get fresh data per
/// case instead (a new job, a new invitation), so no case depends on another's order.
/// </summary>
public sealed class BadInputApp : IAsyncLifetime
{
    private static readonly MarkdownRenderer Renderer = new();

    private AppFactory? firstRunApp;
    private WebApplicationFactory<Program>? openRegistration;

    public AppFactory App { get; } = new();

    public AppUser Owner { get; private set; } = null!;

    public AppUser WriterUser { get; private set; } = null!;

    public int WriterId { get; private set; }

    public Client Client { get; private set; } = null!;

    public int SampleId { get; private set; }

    public int SetupJob { get; private set; }

    public int BriefedJob { get; private set; }

    public int InProgressJob { get; private set; }

    public int SubmittedJob { get; private set; }

    /// <summary>Revision requested with one open point: the editor shows the checklist.</summary>
    public int RevisionJob { get; private set; }

    private TestBrowser OwnerBrowser { get; set; } = null!;

    private TestBrowser WriterBrowser { get; set; } = null!;

    private TestBrowser AccountBrowser { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Owner = await App.CreateUserAsync(AppRoles.Owner, name: "Maya Owner");
        Client = await App.CreateClientAsync(Owner.Id);
        SampleId = (await App.CreateSampleAsync(Client.Id)).Id;
        var (writerUser, writer) = await App.CreateWriterAsync(Client.Id, "Sam Writer");
        WriterUser = writerUser;
        WriterId = writer.Id;
        SetupJob = await NewJobAsync(ProjectStatus.Setup);
        BriefedJob = await NewJobAsync(ProjectStatus.Briefed);
        InProgressJob = await NewJobAsync(ProjectStatus.InProgress);
        SubmittedJob = await NewJobAsync(ProjectStatus.Submitted);
        RevisionJob = await NewRevisionJobAsync();
        OwnerBrowser = await App.SignedInAsync(Owner);
        WriterBrowser = await App.SignedInAsync(WriterUser);
        AccountBrowser = await App.SignedInAsync(await App.CreateUserAsync(AppRoles.Owner, name: "Account Holder"));
    }

    public async Task DisposeAsync()
    {
        OwnerBrowser.Dispose();
        WriterBrowser.Dispose();
        AccountBrowser.Dispose();
        openRegistration?.Dispose();
        if (firstRunApp is not null)
        {
            await firstRunApp.DisposeAsync();
        }

        await App.DisposeAsync();
    }

    /// <summary>The browser for a case; anonymous actors get a new one each time, so a case that signs in leaves nothing behind.</summary>
    public TestBrowser BrowserFor(Actor actor) => actor switch
    {
        Actor.Owner => OwnerBrowser,
        Actor.Writer => WriterBrowser,
        Actor.AccountHolder => AccountBrowser,
        Actor.Anonymous => App.NewBrowser(),
        Actor.FirstRun => (firstRunApp ??= new AppFactory()).NewBrowser(),
        Actor.OpenRegistration => (openRegistration ??= App.WithSetting("Registration:Owners", "Open")).NewBrowser(),
        _ => throw new ArgumentOutOfRangeException(nameof(actor)),
    };

    public static bool IsShared(Actor actor) => actor is Actor.Owner or Actor.Writer or Actor.AccountHolder;

    /// <summary>A job for the client, with the writer and the reference piece, driven to the status through its own methods.</summary>
    public async Task<int> NewJobAsync(ProjectStatus status)
    {
        var job = await App.CreateJobAsync(Client, writerId: WriterId, sampleIds: [SampleId]);
        await App.WithDbAsync(async db =>
        {
            var tracked = await db.Projects.Include(p => p.Samples).SingleAsync(p => p.Id == job.Id);
            tracked.DriveTo(status, Owner.Id, WriterUser.Id, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        return job.Id;
    }

    /// <summary>Draft 1 with a revision requested on one point, still open.</summary>
    public async Task<int> NewRevisionJobAsync()
    {
        var job = await NewJobAsync(ProjectStatus.Submitted);
        await App.WithDbAsync(async db =>
        {
            var tracked = await db.Projects.SingleAsync(p => p.Id == job);
            var draft = await db.Drafts.Include(d => d.Feedback).SingleAsync(d => d.ProjectId == job && d.Number == 1);
            tracked.GiveFeedback(
                draft,
                FeedbackDecision.RequestRevision,
                Renderer.Render("Closer to my voice, please."),
                [new RevisionPoint("Open with a story.", RevisionCategory.Voice, BriefSection.Voice)],
                Owner.Id,
                DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        return job;
    }

    public async Task<string> NewInvitationTokenAsync() =>
        (await App.CreateInvitationAsync(InvitationKind.Writer, Owner.Id, Client.Id)).Token;

    public async Task<int> NewPendingInvitationAsync() =>
        (await App.CreateInvitationAsync(InvitationKind.Writer, Owner.Id, Client.Id)).Invitation.Id;

    public async Task<int> NewSampleAsync() => (await App.CreateSampleAsync(Client.Id, "A piece to archive")).Id;

    /// <summary>An unread notification for the owner, so the notifications page offers both its forms.</summary>
    public Task NewNotificationAsync() =>
        App.WithDbAsync(async db =>
        {
            db.Notifications.Add(new Notification(
                Owner.Id, NotificationKind.NewMessage, "New message on \"Cold brew\"", $"/Thread/{InProgressJob}", InProgressJob, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
}
