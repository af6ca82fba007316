using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Data;
using OutsourceHub.Web.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// A client that closes the connection mid-request (a closed tab, wrk ending a run) is not a server error: the
/// request log says so in one Information line, with no stack trace and no 500.
/// </summary>
public sealed class AbandonedRequestTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task A_job_page_the_client_abandons_mid_request_is_logged_as_one_information_line()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var job = await app.CreateJobAsync(await app.CreateClientAsync(owner.Id));
        var path = $"/Projects/Details/{job.Id}";
        var log = new CapturedLog();
        var hold = new HoldUntilAbandoned();
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var logged = app.WithWebHostBuilder(builder => builder
            .ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Serilog:MinimumLevel:Default"] = "Information",
            }))
            .ConfigureTestServices(services =>
            {
                services.AddSingleton<ILogEventSink>(log);
                services.ConfigureDbContext<OutsourceHubDbContext>(options => options.AddInterceptors(hold));
                services.AddSingleton<IStartupFilter>(new SignalWhenDone(path, finished));
            }));
        using var browser = new TestBrowser(logged.CreateClient(new() { AllowAutoRedirect = false }));
        await browser.SignInAsync(owner.Email!);
        using var leaving = new CancellationTokenSource();

        hold.Arm();
        var request = browser.Http.GetAsync(new Uri(path, UriKind.Relative), leaving.Token);
        await hold.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await finished.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var events = log.Events.Where(e => e.Properties.TryGetValue("RequestPath", out var p) && p.ToString() == $"\"{path}\"").ToList();
        var line = Assert.Single(events, e => e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal));
        Assert.Equal(LogEventLevel.Information, line.Level);
        Assert.Null(line.Exception);
        Assert.Equal("499", line.Properties["StatusCode"].ToString());
        Assert.DoesNotContain(events, e => e.Level >= LogEventLevel.Warning || e.Exception is not null);
        Assert.DoesNotContain(log.Events, e => e.Level >= LogEventLevel.Error);
    }

    [Fact]
    public async Task A_page_that_fails_while_its_client_is_still_there_is_still_an_error()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        var job = await app.CreateJobAsync(await app.CreateClientAsync(owner.Id));
        var path = $"/Projects/Details/{job.Id}";
        var log = new CapturedLog();
        var hold = new HoldUntilAbandoned(cancelsItself: true);
        using var logged = app.WithWebHostBuilder(builder => builder
            .ConfigureTestServices(services =>
            {
                services.AddSingleton<ILogEventSink>(log);
                services.ConfigureDbContext<OutsourceHubDbContext>(options => options.AddInterceptors(hold));
            }));
        using var browser = new TestBrowser(logged.CreateClient(new() { AllowAutoRedirect = false }));
        await browser.SignInAsync(owner.Email!);

        hold.Arm();
        var page = await browser.GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, page.StatusCode);
        Assert.Contains(log.Events, e => e.Level == LogEventLevel.Error && e.Exception is OperationCanceledException);
    }

    private sealed class CapturedLog : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> events = new();

        public IReadOnlyList<LogEvent> Events => [.. events];

        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }

    /// <summary>
    /// Once armed, holds the next query that can be cancelled until its token is: the request's own, cancelled when
    /// the client leaves. With <c>cancelsItself</c>, fails that query with a cancellation of its own instead, as a
    /// timeout inside the app would, while the client still waits.
    /// </summary>
    private sealed class HoldUntilAbandoned(bool cancelsItself = false) : DbCommandInterceptor
    {
        private readonly TaskCompletionSource reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int armed;

        public Task Reached => reached.Task;

        public void Arm() => Interlocked.Exchange(ref armed, 1);

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (cancellationToken.CanBeCanceled && Interlocked.Exchange(ref armed, 0) == 1)
            {
                reached.TrySetResult();
                if (cancelsItself)
                {
                    throw new OperationCanceledException("A query timed out inside the app.");
                }

                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return result;
        }
    }

    /// <summary>Outermost middleware: says when the app has entirely finished with a request to the path.</summary>
    private sealed class SignalWhenDone(string path, TaskCompletionSource done) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use(async (context, following) =>
            {
                try
                {
                    await following(context);
                }
                finally
                {
                    if (context.Request.Path == path)
                    {
                        done.TrySetResult();
                    }
                }
            });
            next(builder);
        };
    }
}
