using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Web.Email;
using OutsourceHub.Web.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace OutsourceHub.Web.Tests.Email;

/// <summary>
/// The outbox sender against a fake SMTP server on 127.0.0.1. Most tests run single passes of
/// <see cref="OutboxSender"/> with the worker removed and a clock the test moves; the last ones run the
/// worker itself and wait (bounded) for what it does.
/// </summary>
public sealed class OutboxTests
{
    private const string From = "noreply@outsourcehub.test";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Queued_emails_are_sent_once_with_their_recipient_subject_and_body_and_marked_sent()
    {
        await using var server = new FakeSmtpServer();
        await using var app = new AppFactory();
        var clock = new ManualClock();
        var mail = WithSmtp(app, server, clock);
        var first = await QueueAsync(mail, "ana@example.com", "Brief 2 issued for “Spring menu”", "Read it here.\n\nOpen it in OutsourceHub: https://hub.test/MyJobs/7\n", clock);
        clock.Advance(TimeSpan.FromSeconds(1));
        var second = await QueueAsync(mail, "ben@example.com", "Draft 1 submitted", "Café au lait.\n.A line that starts with a dot\n", clock);

        var pass = await SendDueAsync(mail);

        Assert.Equal(new OutboxPassResult(Sent: 2, Failed: 0), pass);
        Assert.Collection(
            server.Received,
            email =>
            {
                Assert.Equal(From, email.From);
                Assert.Equal(["ana@example.com"], email.Recipients);
                var message = email.Parse();
                Assert.Equal("ana@example.com", Assert.Single(message.To.Mailboxes).Address);
                var sender = Assert.Single(message.From.Mailboxes);
                Assert.Equal((From, "OutsourceHub"), (sender.Address, sender.Name));
                Assert.Equal("Brief 2 issued for “Spring menu”", message.Subject);
                Assert.Equal("Read it here.\n\nOpen it in OutsourceHub: https://hub.test/MyJobs/7\n", message.TextBody?.ReplaceLineEndings("\n"));
            },
            email =>
            {
                Assert.Equal(["ben@example.com"], email.Recipients);
                Assert.Equal("Café au lait.\n.A line that starts with a dot\n", email.Parse().TextBody?.ReplaceLineEndings("\n"));
            });
        foreach (var id in new[] { first, second })
        {
            var row = await ReadAsync(mail, id);
            Assert.Equal(clock.UtcNow, row.SentAt);
            Assert.Equal(1, row.Attempts);
            Assert.Null(row.LastError);
        }

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(new OutboxPassResult(0, 0), await SendDueAsync(mail));
        Assert.Equal(2, server.Received.Count);
    }

    [Fact]
    public async Task A_refused_email_is_marked_failed_and_sent_once_by_a_later_pass_after_its_backoff()
    {
        await using var server = new FakeSmtpServer();
        await using var app = new AppFactory();
        var clock = new ManualClock();
        var mail = WithSmtp(app, server, clock);
        var id = await QueueAsync(mail, "ana@example.com", "Draft 1 submitted", "Have a look.", clock);
        var failedAt = clock.UtcNow;
        server.RefuseNext(1);

        Assert.Equal(new OutboxPassResult(Sent: 0, Failed: 1), await SendDueAsync(mail));

        var failed = await ReadAsync(mail, id);
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.StartsWith("SMTP 451 (SenderNotAccepted)", failed.LastError, StringComparison.Ordinal);
        Assert.Contains("try again later", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(failedAt + TimeSpan.FromMinutes(2), failed.NextAttemptAt);
        Assert.Empty(server.Received);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new OutboxPassResult(0, 0), await SendDueAsync(mail));
        Assert.Empty(server.Received);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new OutboxPassResult(Sent: 1, Failed: 0), await SendDueAsync(mail));
        var sent = await ReadAsync(mail, id);
        Assert.Equal(clock.UtcNow, sent.SentAt);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(new OutboxPassResult(0, 0), await SendDueAsync(mail));
        Assert.Equal(["ana@example.com"], Assert.Single(server.Received).Recipients);
    }

    [Fact]
    public async Task One_refused_email_does_not_hold_up_the_rest_of_the_pass()
    {
        await using var server = new FakeSmtpServer();
        await using var app = new AppFactory();
        var clock = new ManualClock();
        var mail = WithSmtp(app, server, clock);
        var refused = await QueueAsync(mail, "first@example.com", "First", "1", clock);
        clock.Advance(TimeSpan.FromSeconds(1));
        await QueueAsync(mail, "second@example.com", "Second", "2", clock);
        clock.Advance(TimeSpan.FromSeconds(1));
        await QueueAsync(mail, "third@example.com", "Third", "3", clock);
        server.RefuseNext(1);

        Assert.Equal(new OutboxPassResult(Sent: 2, Failed: 1), await SendDueAsync(mail));

        Assert.Equal(["second@example.com", "third@example.com"], server.Received.Select(e => e.Recipients.Single()));
        Assert.Equal(1, server.Connections);
        Assert.Null((await ReadAsync(mail, refused)).SentAt);
    }

    [Fact]
    public async Task When_the_server_cannot_be_reached_every_due_email_waits_for_its_backoff_and_none_is_lost()
    {
        await using var app = new AppFactory();
        var clock = new ManualClock();
        var mail = WithSmtp(app, ClosedPort(), clock);
        var ids = new[]
        {
            await QueueAsync(mail, "ana@example.com", "One", "1", clock),
            await QueueAsync(mail, "ben@example.com", "Two", "2", clock),
        };

        Assert.Equal(new OutboxPassResult(Sent: 0, Failed: 2), await SendDueAsync(mail));

        foreach (var id in ids)
        {
            var row = await ReadAsync(mail, id);
            Assert.Null(row.SentAt);
            Assert.Equal(1, row.Attempts);
            Assert.False(string.IsNullOrEmpty(row.LastError));
            Assert.Equal(clock.UtcNow + TimeSpan.FromMinutes(2), row.NextAttemptAt);
        }
    }

    [Fact]
    public async Task Without_an_Smtp_host_nothing_is_sent_emails_stay_queued_and_start_up_says_so_once()
    {
        await using var server = new FakeSmtpServer();
        await using var app = new AppFactory();
        var ids = new[]
        {
            await QueueAsync(app, "ana@example.com", "One", "1", TimeProvider.System),
            await QueueAsync(app, "ben@example.com", "Two", "2", TimeProvider.System),
        };
        var log = new CapturedLog();
        // Everything set but the host, pointing at a live server that must hear nothing.
        var restarted = app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Smtp:Port", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:Security", nameof(SmtpSecurity.None));
            builder.UseSetting("Smtp:From", From);
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(log));
        });

        Assert.Equal(new OutboxPassResult(0, 0), await SendDueAsync(restarted));

        var notice = Assert.Single(log.Events, e => e.MessageTemplate.Text.StartsWith("Email sending is off", StringComparison.Ordinal));
        Assert.Equal(LogEventLevel.Warning, notice.Level);
        Assert.Equal("2", notice.Properties["QueuedCount"].ToString());
        foreach (var id in ids)
        {
            var row = await ReadAsync(restarted, id);
            Assert.Null(row.SentAt);
            Assert.Equal(0, row.Attempts);
            Assert.Null(row.LastError);
        }

        Assert.Equal(0, server.Connections);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task The_running_worker_sends_an_email_queued_while_it_runs()
    {
        await using var server = new FakeSmtpServer();
        await using var app = new AppFactory();
        var mail = WithRunningWorker(app, server);
        var worker = Worker(mail);

        var id = await QueueAsync(mail, "ana@example.com", "Brief 1 issued", "Read it.", TimeProvider.System);

        var row = await EventuallyAsync(() => ReadAsync(mail, id), r => r.SentAt is not null);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(["ana@example.com"], Assert.Single(server.Received).Recipients);
        Assert.False(worker.ExecuteTask!.IsCompleted);
    }

    [Fact]
    public async Task A_failed_pass_is_logged_and_the_worker_carries_on()
    {
        await using var server = new FakeSmtpServer();
        await using var app = new AppFactory();
        var log = new CapturedLog();
        var busy = new BusyOnce();
        var mail = WithRunningWorker(app, server, services =>
        {
            services.AddSingleton<ILogEventSink>(log);
            services.ConfigureDbContext<OutsourceHubDbContext>(options => options.AddInterceptors(busy));
        });
        var worker = Worker(mail);
        busy.Arm();

        var id = await QueueAsync(mail, "ana@example.com", "Brief 1 issued", "Read it.", TimeProvider.System);

        var row = await EventuallyAsync(() => ReadAsync(mail, id), r => r.SentAt is not null);
        Assert.Equal(1, busy.Thrown);
        Assert.Equal(1, row.Attempts);
        // EF Core logs the failed command too; the worker's own line is the one that matters here.
        var error = Assert.Single(log.Events, e => e.MessageTemplate.Text.StartsWith("Outbox pass failed", StringComparison.Ordinal));
        Assert.Equal(LogEventLevel.Error, error.Level);
        Assert.IsType<SqliteException>(error.Exception);
        Assert.Single(server.Received);
        Assert.False(worker.ExecuteTask!.IsCompleted);
    }

    [Fact]
    public async Task Two_instances_running_passes_at_the_same_moment_send_every_email_once()
    {
        await using var server = new FakeSmtpServer();
        await using var app = new AppFactory();
        await using var secondInstance = app.SecondInstance();
        var clock = new ManualClock();
        // Small batches, so the passes of the two instances reach for the same rows many times over.
        var first = WithSmtp(app, server.Port, clock, ("Smtp:BatchSize", "3"));
        var second = WithSmtp(secondInstance, server.Port, clock, ("Smtp:BatchSize", "3"));
        var subjects = Enumerable.Range(1, 24).Select(i => $"Email {i}").ToList();
        foreach (var subject in subjects)
        {
            await QueueAsync(first, "ana@example.com", subject, "Read it.", clock);
        }

        for (var round = 1; ; round++)
        {
            var passes = await Task.WhenAll(SendDueAsync(first), SendDueAsync(second), SendDueAsync(first), SendDueAsync(second));
            if (passes.All(p => p.Sent + p.Failed == 0))
            {
                break;
            }

            Assert.True(round < 30, "The outbox did not empty.");
        }

        Assert.Equal(subjects.Order(StringComparer.Ordinal), server.Received.Select(e => e.Parse().Subject).Order(StringComparer.Ordinal));
        var rows = await first.Services.CreateScope().ServiceProvider.GetRequiredService<OutsourceHubDbContext>().OutboxEmails.AsNoTracking().ToListAsync();
        Assert.All(rows, row => Assert.Equal((1, (string?)null), (row.Attempts, row.ClaimedBy)));
    }

    [Fact]
    public async Task An_email_held_by_a_live_claim_waits_and_is_sent_by_another_instance_once_the_claim_lapses()
    {
        await using var server = new FakeSmtpServer();
        await using var app = new AppFactory();
        var clock = new ManualClock();
        var mail = WithSmtp(app, server, clock);
        var id = await QueueAsync(mail, "ana@example.com", "Claimed by an instance that died", "Read it.", clock);
        await using (var scope = mail.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>().OutboxEmails.Where(e => e.Id == id)
                .ExecuteUpdateAsync(set => set.SetProperty(e => e.ClaimedBy, "gone-host/1234/pass").SetProperty(e => e.ClaimedUntil, clock.UtcNow + OutboxSender.ClaimLease));
        }

        var whileHeld = await SendDueAsync(mail);
        clock.Advance(OutboxSender.ClaimLease + TimeSpan.FromSeconds(1));
        var afterLapse = await SendDueAsync(mail);

        Assert.Equal(new OutboxPassResult(0, 0), whileHeld);
        Assert.Equal(new OutboxPassResult(1, 0), afterLapse);
        Assert.Single(server.Received);
        var row = await ReadAsync(mail, id);
        Assert.NotNull(row.SentAt);
        Assert.Null(row.ClaimedBy);
    }

    [Fact]
    public async Task An_email_that_keeps_failing_is_given_up_after_the_attempt_limit_and_no_longer_counted_as_queued()
    {
        await using var app = new AppFactory();
        var clock = new ManualClock();
        var mail = WithSmtp(app, ClosedPort(), clock, ("Smtp:MaxAttempts", "3"));
        var id = await QueueAsync(mail, "ana@example.com", "Never delivered", "Read it.", clock);

        var passes = new List<OutboxPassResult>();
        for (var i = 0; i < 4; i++)
        {
            passes.Add(await SendDueAsync(mail));
            clock.Advance(TimeSpan.FromHours(2));
        }

        await using var scope = mail.Services.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<OutboxSender>().CountQueuedAsync(CancellationToken.None);
        var row = await ReadAsync(mail, id);
        Assert.Equal([new(0, 1), new(0, 1), new(0, 1), new(0, 0)], passes);
        Assert.Equal(3, row.Attempts);
        Assert.NotNull(row.GaveUpAt);
        Assert.NotNull(row.LastError);
        Assert.Null(row.SentAt);
        Assert.Equal(0, queued);
    }

    [Fact]
    public async Task The_worker_stops_promptly_when_the_app_shuts_down()
    {
        await using var server = new FakeSmtpServer();
        await using var app = new AppFactory();
        var mail = WithRunningWorker(app, server, pollInterval: TimeSpan.FromHours(1));
        var worker = Worker(mail);

        await worker.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        // Stopped, not failed. .NET 10 starts ExecuteAsync with Task.Run and the stopping token, so on a busy machine a
        // stop that comes before the thread pool ran it leaves the task Canceled: a prompt stop all the same.
        Assert.True(worker.ExecuteTask!.IsCompleted && !worker.ExecuteTask.IsFaulted, $"{worker.ExecuteTask.Status}: {worker.ExecuteTask.Exception}");
    }

    /// <summary>The app sending to <paramref name="server"/>, with the worker taken out so only the test runs passes.</summary>
    private static WebApplicationFactory<Program> WithSmtp(AppFactory app, FakeSmtpServer server, TimeProvider clock) =>
        WithSmtp(app, server.Port, clock);

    private static WebApplicationFactory<Program> WithSmtp(AppFactory app, int port, TimeProvider clock, params (string Key, string Value)[] settings) =>
        app.WithWebHostBuilder(builder =>
        {
            UseSmtp(builder, port, TimeSpan.FromSeconds(10));
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                services.Remove(services.Single(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(OutboxWorker)));
                services.AddSingleton(clock);
            });
        });

    /// <summary>The app with its worker polling <paramref name="server"/> on the real clock.</summary>
    private static WebApplicationFactory<Program> WithRunningWorker(
        AppFactory app, FakeSmtpServer server, Action<IServiceCollection>? services = null, TimeSpan? pollInterval = null) =>
        app.WithWebHostBuilder(builder =>
        {
            UseSmtp(builder, server.Port, pollInterval ?? TimeSpan.FromMilliseconds(100));
            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        });

    private static void UseSmtp(IWebHostBuilder builder, int port, TimeSpan pollInterval)
    {
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:Security", nameof(SmtpSecurity.None));
        builder.UseSetting("Smtp:From", From);
        builder.UseSetting("Smtp:PollInterval", pollInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static OutboxWorker Worker(WebApplicationFactory<Program> app) =>
        app.Services.GetServices<IHostedService>().OfType<OutboxWorker>().Single();

    /// <summary>A loopback port nothing listens on: connecting is refused at once.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<OutboxPassResult> SendDueAsync(WebApplicationFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
    }

    /// <summary>Queues an email as <see cref="Notifier"/> does: a row in the outbox, due at once.</summary>
    private static async Task<long> QueueAsync(WebApplicationFactory<Program> app, string to, string subject, string body, TimeProvider clock)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        var email = new OutboxEmail(to, subject, body, clock.GetUtcNow().UtcDateTime);
        db.OutboxEmails.Add(email);
        await db.SaveChangesAsync();
        return email.Id;
    }

    private static async Task<OutboxEmail> ReadAsync(WebApplicationFactory<Program> app, long id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutsourceHubDbContext>();
        return await db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == id);
    }

    /// <summary>Reads until <paramref name="done"/> holds, failing after <see cref="Patience"/>: no fixed sleeps.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Still not done after {Patience.TotalSeconds} s.");
            await Task.Delay(50);
        }
    }

    /// <summary>A clock that moves only when the test moves it.</summary>
    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

        public DateTime UtcNow => now.UtcDateTime;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }

    /// <summary>Serilog events of the app under test (the app reads sinks from its services).</summary>
    private sealed class CapturedLog : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> events = new();

        public IReadOnlyList<LogEvent> Events => [.. events];

        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }

    /// <summary>Once armed, fails the sender's next read of due emails as a locked SQLite database would.</summary>
    private sealed class BusyOnce : DbCommandInterceptor
    {
        private const int SqliteBusy = 5;
        private int armed;
        private int thrown;

        public int Thrown => Volatile.Read(ref thrown);

        public void Arm() => Interlocked.Exchange(ref armed, 1);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("\"NextAttemptAt\" <=", StringComparison.Ordinal)
                && Interlocked.Exchange(ref armed, 0) == 1)
            {
                Interlocked.Increment(ref thrown);
                throw new SqliteException("database is locked", SqliteBusy);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
