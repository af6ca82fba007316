using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Data;
using OutsourceHub.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// "Nothing is lost" when the process dies: the real app, killed with SIGKILL in the middle of a stream of writes,
/// restarts on the same SQLite file with the file intact and every write it had answered still there.
/// </summary>
public sealed partial class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Streams = 4;
    private const int AnsweredBeforeCrash = 40;
    private const string OwnerEmail = "first.owner@example.com";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "outsourcehub-tests", "crash-" + Guid.NewGuid().ToString("N"));
    private readonly List<AppProcess> processes = [];

    private string DatabasePath => Path.Combine(folder, "outsourcehub.db");

    [SqliteOnlyFact("the kill is tested with two instances sharing one database (OutsourceHub.MultiInstanceTests)")]
    public async Task Every_write_answered_before_a_kill_is_there_after_a_restart_and_the_database_is_intact()
    {
        var first = await StartAsync();
        using var owner = first.NewBrowser();
        await CreateFirstOwnerAsync(owner);
        var poster = await FormPoster.ForAsync(owner);

        var answered = new ConcurrentQueue<(int Id, string Name)>();
        var unexpected = new ConcurrentQueue<string>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(1, Streams)
            .Select(stream => Task.Run(() => WriteClientsUntilTheAppDiesAsync(poster, stream, answered, unexpected, enough)))
            .ToList();
        // Enough answered writes, or every stream stopped early (the assertions below then say why).
        await Task.WhenAny(enough.Task, Task.WhenAll(writers)).WaitAsync(TimeSpan.FromSeconds(120));
        first.Crash();
        var cutOff = (await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(60))).Count(wasCutOff => wasCutOff);
        output.WriteLine($"{answered.Count} clients answered 302 before the kill; {cutOff} of {Streams} streams ended on a write that got no answer");

        var second = await StartAsync();
        var integrity = await QueryAsync("PRAGMA integrity_check");
        var stored = await StoredClientsAsync();

        Assert.Empty(unexpected);
        Assert.True(answered.Count >= AnsweredBeforeCrash);
        Assert.Equal("ok", Assert.Single(integrity));
        Assert.All(answered, client => Assert.Equal(client.Name, Assert.Single(stored, s => s.Id == client.Id).Name));
        Assert.Equal(stored.Count, stored.Select(s => s.Name).Distinct().Count());
        await AssertTheRestartedAppServesAsync(second, answered.MaxBy(c => c.Id));
    }

    public void Dispose()
    {
        foreach (var process in processes)
        {
            process.Dispose();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS to clean with the temp folder.
        }
    }

    /// <summary>
    /// Adds clients one after another until the app stops answering; keeps those answered 302 with their page.
    /// True when the stream ended on a write that got no answer.
    /// </summary>
    private static async Task<bool> WriteClientsUntilTheAppDiesAsync(
        FormPoster poster, int stream, ConcurrentQueue<(int Id, string Name)> answered, ConcurrentQueue<string> unexpected, TaskCompletionSource enough)
    {
        for (var n = 1; ; n++)
        {
            var name = $"Crash client {stream}-{n}";
            HttpResponseMessage response;
            try
            {
                response = await poster.PostAsync("/Clients/Create", ("Input.Name", name));
            }
            catch (Exception gone) when (gone is HttpRequestException or TaskCanceledException)
            {
                return true; // killed while this write was on its way: never answered, so never promised
            }

            using (response)
            {
                var location = response.Headers.Location?.OriginalString ?? string.Empty;
                if (response.StatusCode != HttpStatusCode.Redirect || ClientPage().Match(location) is not { Success: true } page)
                {
                    unexpected.Enqueue($"{name}: {(int)response.StatusCode} {location}");
                    enough.TrySetResult();
                    return false;
                }

                answered.Enqueue((int.Parse(page.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), name));
            }

            if (answered.Count >= AnsweredBeforeCrash)
            {
                enough.TrySetResult();
            }
        }
    }

    private async Task<AppProcess> StartAsync()
    {
        Directory.CreateDirectory(folder);
        var process = await AppProcess.StartAsync(DatabasePath, folder);
        processes.Add(process);
        return process;
    }

    private static async Task CreateFirstOwnerAsync(TestBrowser browser)
    {
        var created = await browser.SubmitAsync(await browser.GetAsync("/Account/Setup"), new Dictionary<string, string>
        {
            ["Input.Name"] = "First Owner",
            ["Input.Email"] = OwnerEmail,
            ["Input.Password"] = AppFactory.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
    }

    /// <summary>Signs in again (the restart may not share the old cookie's keys) and opens the newest answered client.</summary>
    private static async Task AssertTheRestartedAppServesAsync(AppProcess app, (int Id, string Name) newest)
    {
        using var browser = app.NewBrowser();
        await browser.SignInAsync(OwnerEmail);
        var details = await browser.GetAsync($"/Clients/Details/{newest.Id}");
        using var stylesheet = await browser.Http.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Equal(newest.Name, details.Heading);
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode); // the content root, wwwroot included, was found
    }

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private async Task<List<(int Id, string Name)>> StoredClientsAsync()
    {
        var options = new DbContextOptionsBuilder<OutsourceHubDbContext>().UseSqlite($"Data Source={DatabasePath};Pooling=False").Options;
        await using var db = new OutsourceHubDbContext(options);
        var clients = await db.Clients.AsNoTracking().Select(c => new { c.Id, c.Name }).ToListAsync();
        return clients.Select(c => (c.Id, c.Name)).ToList();
    }

    [GeneratedRegex(@"^/Clients/Details/(\d+)$")]
    private static partial Regex ClientPage();
}
