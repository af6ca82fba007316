using System.Net;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Drafts;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests;

/// <summary>
/// Two hosts of the app on one database, as two instances behind a proxy would be, on this run's provider. What
/// only separate processes can show (a kill, two workers with their own clocks) is in OutsourceHub.MultiInstanceTests.
/// </summary>
public sealed class SeveralInstancesTests
{
    [PostgresOnlyFact]
    public async Task Instances_starting_together_on_an_empty_database_migrate_it_once_and_make_one_key()
    {
        using var database = TestDatabase.CreateEmptyPostgres();
        var apps = Enumerable.Range(0, 3).Select(_ => new AppFactory(database)).ToList();
        try
        {
            // Each host starts (and migrates) on its own thread, at the same moment.
            await Task.WhenAll(apps.Select(app => Task.Run(() => app.Services)));

            var known = await apps[0].WithDbAsync(db => Task.FromResult(db.Database.GetMigrations().ToList()));
            var applied = await apps[0].WithDbAsync(db => db.Database.GetAppliedMigrationsAsync());
            var keys = await apps[0].WithDbAsync(db => db.DataProtectionKeys.CountAsync());
            Assert.Equal(known, applied);
            Assert.Equal(1, keys);
            foreach (var app in apps)
            {
                using var health = await app.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            }
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_sign_in_and_a_form_from_one_instance_are_accepted_by_another()
    {
        await using var first = new AppFactory();
        await using var second = first.SecondInstance();
        var owner = await first.CreateUserAsync(AppRoles.Owner);
        // One person whose requests a proxy sends now to one instance, now to the other: one cookie jar.
        var cookies = new CookieContainer();
        using var onFirst = new TestBrowser(first.CreateDefaultClient(new CookieContainerHandler(cookies)));
        using var onSecond = new TestBrowser(second.CreateDefaultClient(new CookieContainerHandler(cookies)));

        await onFirst.SignInAsync(owner.Email!);
        var form = await onFirst.GetAsync("/Clients/Create");
        var saved = await onSecond.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "Rendered by one, saved by the other" });
        var details = await onSecond.GetAsync(saved.Location ?? "/");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("/Clients/Details/", saved.Location, StringComparison.Ordinal);
        Assert.Equal("Rendered by one, saved by the other", details.Heading);
        Assert.Equal(1, await first.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
        Assert.IsType<EntityFrameworkCoreXmlRepository<OutsourceHubDbContext>>(
            second.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);
    }

    [Fact]
    public async Task The_same_draft_form_submitted_on_two_instances_at_once_makes_one_draft()
    {
        await using var first = new AppFactory();
        await using var second = first.SecondInstance();
        var scenario = await BriefScenario.CreateAsync(first);
        await scenario.StartAsync(first);
        using var writerOnFirst = await scenario.WriterBrowserAsync(first);
        using var writerOnSecond = await scenario.WriterBrowserAsync(second);
        var editorOnFirst = await writerOnFirst.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        var editorOnSecond = await writerOnSecond.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        var text = new Dictionary<string, string> { ["Input.Body"] = "The one and only first draft, sent from two tabs." };

        var answers = await Task.WhenAll(
            writerOnFirst.SubmitAsync(editorOnFirst, text, "#draft-form"),
            writerOnSecond.SubmitAsync(editorOnSecond, text, "#draft-form"));

        var drafts = await first.WithDbAsync(db => db.Drafts.Where(d => d.ProjectId == scenario.Job.Id).Select(d => d.Number).ToListAsync());
        var counted = await first.WithDbAsync(db => db.Projects.Where(p => p.Id == scenario.Job.Id).Select(p => p.DraftsSubmitted).SingleAsync());
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode));
        Assert.Contains(answers, answer => answer.Location == $"/Drafts/View/{scenario.Job.Id}/1");
        Assert.Equal([1], drafts);
        Assert.Equal(1, counted);
    }

    [Fact]
    public async Task A_draft_whose_save_loses_a_race_with_another_change_to_the_job_is_saved_on_the_next_try()
    {
        await using var first = new AppFactory();
        await using var second = first.SecondInstance();
        var scenario = await BriefScenario.CreateAsync(first);
        await scenario.StartAsync(first);
        // Just before the draft is saved on the second instance, the first changes the job (as an owner's edit
        // would): the job's Version moves, so the save fails and the page must try again from a fresh read.
        var race = new RaceOnce<Draft>(() => first.WithDbAsync(db => db.Projects.Where(p => p.Id == scenario.Job.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Version, p => p.Version + 1))));
        var racing = second.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<OutsourceHubDbContext>(options => options.AddInterceptors(race))));
        using var writer = racing.NewBrowser();
        await writer.SignInAsync(scenario.WriterUser.Email!);

        var submitted = await writer.SubmitDraftAsync(scenario.Job.Id, "Saved on the second try.");

        Assert.Equal(1, race.Fired);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal($"/Drafts/View/{scenario.Job.Id}/1", submitted.Location);
        Assert.Equal(1, await first.WithDbAsync(db => db.Drafts.CountAsync(d => d.ProjectId == scenario.Job.Id)));
    }

    [Fact]
    public async Task One_invitation_link_used_on_two_instances_at_once_makes_one_account()
    {
        await using var first = new AppFactory();
        await using var second = first.SecondInstance();
        var owner = await first.CreateUserAsync(AppRoles.Owner);
        var client = await first.CreateClientAsync(owner.Id);
        var (invitation, token) = await first.CreateInvitationAsync(InvitationKind.Writer, owner.Id, client.Id, "one.link@example.com");
        using var onFirst = first.NewBrowser();
        using var onSecond = second.NewBrowser();
        var joinOnFirst = await onFirst.GetAsync($"/Join/{token}");
        var joinOnSecond = await onSecond.GetAsync($"/Join/{token}");
        var account = new Dictionary<string, string> { ["Input.Name"] = "Two Tabs", ["Input.Password"] = AppFactory.Password };

        var answers = await Task.WhenAll(onFirst.SubmitAsync(joinOnFirst, account), onSecond.SubmitAsync(joinOnSecond, account));

        Assert.All(answers, answer => Assert.NotEqual(HttpStatusCode.InternalServerError, answer.StatusCode));
        Assert.Single(answers, answer => answer.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(1, await first.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "one.link@example.com")));
        Assert.Equal(1, await first.WithDbAsync(db => db.Roster.CountAsync(r => r.ClientId == client.Id)));
        Assert.NotNull((await first.FindInvitationAsync(invitation.Id)).AcceptedAt);
    }

    [PostgresOnlyFact]
    public async Task Two_first_visitors_on_two_instances_at_once_make_one_owner()
    {
        await using var first = new AppFactory();
        await using var second = first.SecondInstance();
        using var onFirst = first.NewBrowser();
        using var onSecond = second.NewBrowser();
        var setupOnFirst = await onFirst.GetAsync("/Account/Setup");
        var setupOnSecond = await onSecond.GetAsync("/Account/Setup");

        var answers = await Task.WhenAll(
            onFirst.SubmitAsync(setupOnFirst, new Dictionary<string, string> { ["Input.Name"] = "Ana", ["Input.Email"] = "ana@example.com", ["Input.Password"] = AppFactory.Password }),
            onSecond.SubmitAsync(setupOnSecond, new Dictionary<string, string> { ["Input.Name"] = "Ben", ["Input.Email"] = "ben@example.com", ["Input.Password"] = AppFactory.Password }));

        Assert.Equal(1, await first.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Single(answers, answer => answer.StatusCode == HttpStatusCode.Redirect);
        Assert.Single(answers, answer => answer.StatusCode == HttpStatusCode.NotFound);
    }

    /// <summary>Runs a competing change once, just before the first save that adds a <typeparamref name="T"/>.</summary>
    private sealed class RaceOnce<T>(Func<Task<int>> competingChange) : SaveChangesInterceptor
        where T : class
    {
        private int fired;

        public int Fired => Volatile.Read(ref fired);

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<T>().Any(e => e.State == EntityState.Added) && Interlocked.Exchange(ref fired, 1) == 0)
            {
                await competingChange();
            }

            return await base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
