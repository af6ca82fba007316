using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Demo;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Hosting;
using OutsourceHub.Web.Tests.Infrastructure;
using OutsourceHub.Web.Tests.Security;
using Xunit.Abstractions;

namespace OutsourceHub.Web.Tests.Instances;

/// <summary>
/// Two real app processes (the built OutsourceHub.Web.dll, as in production) on two ports, one PostgreSQL database,
/// each with its own HOME so they share nothing but the database, and the people using them sent now to one and now
/// to the other, as a round-robin proxy would. Runs on the PostgreSQL pass of the suite
/// (<c>OUTSOURCEHUB_TEST_PROVIDER=Postgres</c>); `.ci/run` starts the server.
/// </summary>
public sealed partial class TwoProcessTests(ITestOutputHelper output) : IDisposable
{
    private const int Clients = 4;
    private const int MessagesPerClient = 12;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "outsourcehub-tests", "instances-" + Guid.NewGuid().ToString("N"));
    private readonly List<AppProcess> processes = [];
    private readonly List<TestDatabase> databases = [];

    [PostgresOnlyFact]
    public async Task Two_instances_started_together_share_sign_ins_forms_and_threads_and_send_each_email_once()
    {
        await using var smtp = new FakeSmtpServer();
        var database = TestDatabase.CreateEmptyPostgres();
        databases.Add(database);
        var settings = new Dictionary<string, string?>(Settings(database))
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = nameof(SmtpSecurity.None),
            ["Smtp:From"] = "noreply@outsourcehub.test",
            ["Smtp:PollInterval"] = "00:00:00.200",
            ["Smtp:BatchSize"] = "3",
        };

        // Both start at the same moment on an empty database: one migrates (and seeds the demo), the other waits for it.
        var started = await Task.WhenAll(StartAsync("a", settings, "--seed-demo"), StartAsync("b", settings));
        var (a, b) = (started[0], started[1]);
        var jobId = await WithDbAsync(database, db => db.Projects.Where(p => p.Status == ProjectStatus.InProgress).Select(p => p.Id).FirstAsync());

        // A sign-in made on A works on B, and a form rendered by A is accepted by B.
        using (var person = new TwoDoors(a, b))
        {
            await person.SignInOnFirstAsync(DemoData.OwnerEmail, DemoData.OwnerPassword);
            var home = await person.OnSecond.GetAsync("/Projects");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            var form = await person.OnFirst.GetAsync("/Clients/Create");
            var saved = await person.OnSecond.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "Made on A, saved on B" });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal("Made on A, saved on B", (await person.OnFirst.GetAsync(saved.Location!)).Heading);
        }

        // Four people (the owner and the writer, twice each) post to the job's thread, alternately through A and B.
        var people = new List<TwoDoors>();
        for (var i = 0; i < Clients; i++)
        {
            var person = new TwoDoors(a, b);
            await (i % 2 == 0
                ? person.SignInOnFirstAsync(DemoData.OwnerEmail, DemoData.OwnerPassword)
                : person.SignInOnFirstAsync(DemoData.WriterEmail, DemoData.WriterPassword));
            people.Add(person);
        }

        var posted = new ConcurrentQueue<(int Client, int Number, long Id, string Body)>();
        var failures = new ConcurrentQueue<string>();
        await Task.WhenAll(people.Select((person, client) => Task.Run(async () =>
        {
            var poster = await FormPoster.ForAsync(person.OnFirst);
            for (var n = 1; n <= MessagesPerClient; n++)
            {
                var body = $"Message {n} from client {client}";
                var door = n % 2 == 0 ? person.OnSecond : person.OnFirst;
                using var response = await PostAsync(door, poster, $"/Thread/Index/{jobId}", ("Input.Body", body));
                var location = response.Headers.Location?.OriginalString ?? string.Empty;
                if (response.StatusCode != HttpStatusCode.Redirect || MessageAnchor().Match(location) is not { Success: true } anchor)
                {
                    failures.Enqueue($"{body}: {(int)response.StatusCode} {location}");
                    continue;
                }

                posted.Enqueue((client, n, long.Parse(anchor.Groups[1].Value, CultureInfo.InvariantCulture), body));
            }
        })));

        var stored = await WithDbAsync(database, db => db.Messages.Where(m => m.ProjectId == jobId).Select(m => new { m.Id, m.Body.Markdown }).ToListAsync());
        var threadOnA = await people[0].OnFirst.GetAsync($"/Thread/Index/{jobId}");
        var threadOnB = await people[1].OnSecond.GetAsync($"/Thread/Index/{jobId}");
        output.WriteLine($"{posted.Count} messages answered; {stored.Count} in the thread");

        Assert.Empty(failures);
        Assert.Equal(Clients * MessagesPerClient, posted.Count);
        foreach (var message in posted)
        {
            Assert.Equal(message.Body, Assert.Single(stored, s => s.Id == message.Id).Markdown);
        }

        Assert.Equal(stored.Count, stored.Select(s => s.Markdown).Distinct().Count());
        // Each person's messages are numbered in the order they were sent, whichever instance took them.
        foreach (var client in posted.GroupBy(p => p.Client))
        {
            var ids = client.OrderBy(p => p.Number).Select(p => p.Id).ToList();
            Assert.Equal(ids.Order(), ids);
        }

        // Both instances show the same thread, in the same order.
        Assert.Equal(MessageIds(threadOnA), MessageIds(threadOnB));
        Assert.Equal(stored.Select(s => s.Id).Order().TakeLast(IndexModelPageSize), MessageIds(threadOnA));

        // Every message queued an email for the other party; both workers ran, and each email went out once.
        var emails = await EventuallyAsync(
            () => WithDbAsync(database, db => db.OutboxEmails.AsNoTracking().ToListAsync()),
            rows => rows.Count >= posted.Count && rows.All(r => r.SentAt is not null));
        var messageIds = smtp.Received.Select(e => e.Parse().MessageId).ToList();
        Assert.Equal(emails.Count, smtp.Received.Count);
        Assert.Equal(messageIds.Count, messageIds.Distinct().Count());
        Assert.All(emails, e => Assert.Equal(1, e.Attempts));
        output.WriteLine($"Emails sent by A: {SentBy(a)}, by B: {SentBy(b)}");
        Assert.True(SentBy(a) > 0 && SentBy(b) > 0, "Both workers should have sent some of the emails.");

        foreach (var person in people)
        {
            person.Dispose();
        }
    }

    [PostgresOnlyFact]
    public async Task When_one_instance_is_killed_under_load_the_other_keeps_serving_and_no_answered_write_is_lost()
    {
        var database = TestDatabase.Create(DatabaseProvider.Postgres, folder);
        databases.Add(database);
        var started = await Task.WhenAll(StartAsync("a", Settings(database), "--seed-demo"), StartAsync("b", Settings(database)));
        var (a, b) = (started[0], started[1]);

        var people = new List<(TwoDoors Person, FormPoster Poster)>();
        for (var i = 0; i < Clients; i++)
        {
            var person = new TwoDoors(a, b);
            await person.SignInOnFirstAsync(DemoData.OwnerEmail, DemoData.OwnerPassword);
            people.Add((person, await FormPoster.ForAsync(person.OnFirst)));
        }

        var answered = new ConcurrentQueue<(int Id, string Name, bool OnSecond, bool AfterKill)>();
        var unexpected = new ConcurrentQueue<string>();
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        const int BeforeKill = 30;
        const int AfterKillPerClient = 6;
        var writers = people.Select((p, client) => Task.Run(async () =>
        {
            var afterKill = 0;
            for (var n = 1; afterKill < AfterKillPerClient && n < 500; n++)
            {
                var name = $"Client {client}-{n}";
                var toSecond = n % 2 == 0;
                var wasKilled = killed.Task.IsCompleted;
                HttpResponseMessage response;
                try
                {
                    response = await PostAsync(toSecond ? p.Person.OnSecond : p.Person.OnFirst, p.Poster, "/Clients/Create", ("Input.Name", name));
                }
                catch (Exception gone) when (gone is HttpRequestException or TaskCanceledException)
                {
                    // A's process is gone: never answered, so never promised. The proxy would now send this person to B.
                    if (toSecond)
                    {
                        unexpected.Enqueue($"{name}: B did not answer ({gone.Message})");
                    }

                    continue;
                }

                using (response)
                {
                    var location = response.Headers.Location?.OriginalString ?? string.Empty;
                    if (response.StatusCode != HttpStatusCode.Redirect || ClientPage().Match(location) is not { Success: true } page)
                    {
                        unexpected.Enqueue($"{name}: {(int)response.StatusCode} {location}");
                        continue;
                    }

                    answered.Enqueue((int.Parse(page.Groups[1].Value, CultureInfo.InvariantCulture), name, toSecond, wasKilled));
                    if (wasKilled && toSecond)
                    {
                        afterKill++;
                    }
                }
            }
        })).ToList();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(120);
        while (answered.Count < BeforeKill && DateTime.UtcNow < deadline && !writers.All(w => w.IsCompleted))
        {
            await Task.Delay(20);
        }

        a.Crash();
        killed.SetResult();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(120));

        var stored = await WithDbAsync(database, db => db.Clients.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync());
        using var health = await b.NewBrowser().Http.GetAsync(new Uri("/health", UriKind.Relative));
        output.WriteLine($"{answered.Count(x => !x.AfterKill)} writes answered before the kill, {answered.Count(x => x.AfterKill)} after it (all by B)");

        Assert.Empty(unexpected);
        Assert.True(answered.Count(x => !x.AfterKill) >= BeforeKill);
        Assert.Equal(Clients * AfterKillPerClient, answered.Count(x => x.AfterKill && x.OnSecond));
        Assert.All(answered, write => Assert.Equal(write.Name, Assert.Single(stored, s => s.Id == write.Id).Name));
        Assert.Equal(stored.Count, stored.Select(s => s.Name).Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        foreach (var (person, _) in people)
        {
            person.Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var process in processes)
        {
            process.Dispose();
        }

        foreach (var database in databases)
        {
            database.Dispose();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the temp folder.
        }
    }

    private const int IndexModelPageSize = OutsourceHub.Web.Pages.Thread.IndexModel.PageSize;

    private static IReadOnlyDictionary<string, string?> Settings(TestDatabase database) => new Dictionary<string, string?>(database.Settings)
    {
        ["RateLimits:SignInPostsPerMinute"] = "100000",
        ["Serilog:MinimumLevel:Default"] = "Information",
    };

    private async Task<AppProcess> StartAsync(string name, IReadOnlyDictionary<string, string?> settings, params string[] arguments)
    {
        var logs = Path.Combine(folder, name);
        Directory.CreateDirectory(logs);
        var process = await AppProcess.StartAsync(settings, logs, arguments);
        lock (processes)
        {
            processes.Add(process);
        }

        return process;
    }

    /// <summary>Posts a form with the token a page gave this person (FormPoster's token), to the instance given.</summary>
    private static async Task<HttpResponseMessage> PostAsync(TestBrowser door, FormPoster poster, string url, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", poster.Token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await door.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private static async Task<T> WithDbAsync<T>(TestDatabase database, Func<OutsourceHub.Core.Data.OutsourceHubDbContext, Task<T>> read)
    {
        await using var db = database.NewContext();
        return await read(db);
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, "Still not done after 60 s.");
            await Task.Delay(200);
        }
    }

    private static int SentBy(AppProcess process) => Regex.Matches(process.Output, "Sent email").Count;

    private static List<long> MessageIds(HtmlPage thread) =>
        thread.Document.QuerySelectorAll("[id^='message-']")
            .Select(e => long.Parse(e.Id!["message-".Length..], CultureInfo.InvariantCulture))
            .ToList();

    [GeneratedRegex(@"#message-(\d+)$")]
    private static partial Regex MessageAnchor();

    [GeneratedRegex(@"^/Clients/Details/(\d+)$")]
    private static partial Regex ClientPage();

    /// <summary>One person with one cookie jar and a browser on each instance: what a round-robin proxy makes of them.</summary>
    private sealed class TwoDoors : IDisposable
    {
        private readonly CookieContainer cookies = new();

        public TwoDoors(AppProcess first, AppProcess second)
        {
            OnFirst = Browser(first.BaseAddress);
            OnSecond = Browser(second.BaseAddress);
        }

        public TestBrowser OnFirst { get; }

        public TestBrowser OnSecond { get; }

        public Task SignInOnFirstAsync(string email, string password) => OnFirst.SignInAsync(email, password);

        public void Dispose()
        {
            OnFirst.Dispose();
            OnSecond.Dispose();
        }

        // 127.0.0.1 on two ports is one host to a cookie jar, as one public address would be behind a proxy.
        private TestBrowser Browser(Uri address) =>
            new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = cookies })
            {
                BaseAddress = address,
                Timeout = TimeSpan.FromSeconds(30),
            });
    }
}
