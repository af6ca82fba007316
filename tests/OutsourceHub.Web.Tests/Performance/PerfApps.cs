using System.Globalization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OutsourceHub.Cli.PerfData;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Performance;

/// <summary>
/// One app holding a busy owner's jobs from the seed-perf generator (small texts, the same rows), with a host that
/// counts SQL commands and two signed-in browsers: the owner and the writer of the job every page opens.
/// </summary>
public sealed class PerfApp : IAsyncDisposable
{
    private PerfApp(AppFactory app, WebApplicationFactory<Program> counted, CommandCounter counter, PerfDataSet data, TestBrowser owner, TestBrowser writer)
    {
        App = app;
        Counted = counted;
        Counter = counter;
        Data = data;
        Owner = owner;
        Writer = writer;
    }

    public AppFactory App { get; }

    public WebApplicationFactory<Program> Counted { get; }

    public CommandCounter Counter { get; }

    public PerfDataSet Data { get; }

    public TestBrowser Owner { get; }

    public TestBrowser Writer { get; }

    /// <summary>One measured request at a time: the counter counts everything this host sends.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Markdown renders so far by the counting host's renderer.</summary>
    public long Renders => Counted.Services.GetRequiredService<MarkdownRenderer>().Renders;

    public static async Task<PerfApp> CreateAsync(int jobs)
    {
        var app = new AppFactory();
        _ = app.Server; // start the host: the database is migrated
        var data = await app.WithDbAsync(db => PerfDataGenerator.GenerateAsync(
            db, new PerfDataOptions(jobs, PerfTextSize.Small, AppFactory.Password), DateTime.UtcNow, CancellationToken.None));
        var counter = new CommandCounter();
        var counted = app.WithCommandCounter(counter);
        var owner = Browser(counted);
        await owner.SignInAsync(data.OwnerEmail);
        var writer = Browser(counted);
        await writer.SignInAsync(data.WriterEmail);
        return new PerfApp(app, counted, counter, data, owner, writer);
    }

    public async ValueTask DisposeAsync()
    {
        Owner.Dispose();
        Writer.Dispose();
        await Counted.DisposeAsync();
        await App.DisposeAsync();
    }

    private static TestBrowser Browser(WebApplicationFactory<Program> app) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
}

/// <summary>
/// Two apps built once for the class: 10 jobs and 10,000 jobs for the busy owner, as the goal is worded. The
/// generator writes 10,000 jobs with small texts in a few seconds; OUTSOURCEHUB_SQLCOUNT_JOBS sets another count.
/// </summary>
public sealed class PerfApps : IAsyncLifetime
{
    public const int FewJobs = 10;
    public const string ManyJobsVariable = "OUTSOURCEHUB_SQLCOUNT_JOBS";

    public static int ManyJobs =>
        int.TryParse(Environment.GetEnvironmentVariable(ManyJobsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var jobs) && jobs > FewJobs ? jobs : 10_000;

    public PerfApp Few { get; private set; } = null!;

    public PerfApp Many { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Few = await PerfApp.CreateAsync(FewJobs);
        Many = await PerfApp.CreateAsync(ManyJobs);
    }

    public async Task DisposeAsync()
    {
        await Few.DisposeAsync();
        await Many.DisposeAsync();
    }
}
