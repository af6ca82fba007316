using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// "Nothing is lost" under load: eight jobs worked at once, each by its owner and its writer in turn, fifty writes a
/// job over HTTP on one real database (a SQLite file, or PostgreSQL on that pass of the suite). Every write must be
/// answered as a success, and every answered write must be in the database exactly once afterwards.
/// </summary>
public sealed partial class ConcurrencyTests(ITestOutputHelper output)
{
    private const int Jobs = 8;
    private const int Rounds = 10; // five writes a round: fifty a job

    [Fact]
    public async Task Eight_jobs_worked_at_once_lose_no_write_and_make_no_duplicate()
    {
        await using var app = new AppFactory();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var teams = await Task.WhenAll(Enumerable.Range(0, Jobs).Select(async i =>
        {
            var scenario = await BriefScenario.CreateAsync(app);
            await scenario.StartAsync(app);
            return new JobTeam(
                i,
                scenario.Job.Id,
                await FormPoster.ForAsync(await scenario.OwnerBrowserAsync(app)),
                await FormPoster.ForAsync(await scenario.WriterBrowserAsync(app)));
        }));
        output.WriteLine($"{Jobs} jobs with their owners and writers signed in after {started.Elapsed.TotalSeconds:F1} s");

        started.Restart();
        await Task.WhenAll(teams.Select(team => Task.Run(() => team.WorkAsync(Rounds))));
        var latencies = teams.SelectMany(t => t.Latencies).Order().ToList();
        output.WriteLine(
            $"{latencies.Count} writes on {Jobs} jobs in {started.Elapsed.TotalSeconds:F1} s; a write took {latencies[latencies.Count / 2]:F0} ms (median), "
            + $"{latencies[latencies.Count * 95 / 100]:F0} ms (95th percentile), {latencies[^1]:F0} ms at most");

        try
        {
            Assert.Empty(teams.SelectMany(t => t.Failures));
            foreach (var team in teams)
            {
                Assert.Equal(Rounds * 5, team.Acknowledged);
                await team.AssertEverythingIsStoredOnceAsync(app);
            }
        }
        finally
        {
            foreach (var team in teams)
            {
                team.Dispose();
            }
        }
    }

    /// <summary>One job's owner and writer taking turns: save, ask, answer, submit, request a revision; ten rounds.</summary>
    private sealed partial class JobTeam(int index, int jobId, FormPoster owner, FormPoster writer) : IDisposable
    {

        private readonly List<(long Id, string Body)> messages = [];

        public ConcurrentQueue<string> Failures { get; } = new();

        public int Acknowledged { get; private set; }

        public ConcurrentQueue<double> Latencies { get; } = new();

        public static string DraftText(int job, int round) =>
            $"Draft {round} of job {job}. " + string.Join(' ', Enumerable.Repeat("Good coffee is an honest cup, brewed slowly.", 40));

        public async Task WorkAsync(int rounds)
        {
            try
            {
                for (var round = 1; round <= rounds; round++)
                {
                    var text = DraftText(index, round);
                    await ExpectJsonAsync(await TimedAsync(() => writer.PostFromScriptAsync($"/Drafts/Submit/{jobId}?handler=Save", ("Input.Body", text))));
                    await PostMessageAsync(writer, $"Question {round} from the writer of job {index}");
                    await PostMessageAsync(owner, $"Answer {round} from the owner of job {index}");
                    await ExpectRedirectAsync(
                        writer,
                        await TimedAsync(() => writer.PostAsync(
                            $"/Drafts/Submit/{jobId}", ("Input.Body", text), ("Input.DraftsSubmittedWhenOpened", (round - 1).ToString(CultureInfo.InvariantCulture)))),
                        $"/Drafts/View/{jobId}/{round}");
                    await ExpectRedirectAsync(
                        owner,
                        await TimedAsync(() => owner.PostAsync(
                            $"/Feedback/Give/{jobId}/{round}",
                            ("Input.Decision", "RequestRevision"),
                            ("Input.Comment", $"Revision {round}: closer, not yet me."),
                            ("Input.ConfirmExtraRound", "true"))),
                        $"/Drafts/View/{jobId}/{round}");
                }
            }
            catch (Exception failure) when (failure is HttpRequestException or InvalidOperationException)
            {
                Failures.Enqueue($"job {index}: {failure.Message}");
            }
        }

        public async Task AssertEverythingIsStoredOnceAsync(AppFactory app)
        {
            var storedMessages = await app.WithDbAsync(db => db.Messages.AsNoTracking()
                .Where(m => m.ProjectId == jobId).OrderBy(m => m.Id).Select(m => new { m.Id, m.Body.Markdown }).ToListAsync());
            var drafts = await app.WithDbAsync(db => db.Drafts.AsNoTracking()
                .Where(d => d.ProjectId == jobId).OrderBy(d => d.Number).Select(d => new { d.Number, d.Body.Markdown, Reviews = db.Feedback.Count(f => f.DraftId == d.Id) }).ToListAsync());
            var submitted = await app.WithDbAsync(db => db.Projects.Where(p => p.Id == jobId).Select(p => p.DraftsSubmitted).SingleAsync());
            var workingCopies = await app.WithDbAsync(db => db.WorkingCopies.CountAsync(w => w.ProjectId == jobId));

            Assert.Equal(messages.Select(m => m.Id).Order(), messages.Select(m => m.Id)); // acknowledged in the order sent
            Assert.Equal(messages.Count, messages.Select(m => m.Id).Distinct().Count());
            Assert.Equal(messages, storedMessages.Select(m => (m.Id, m.Markdown)));
            Assert.Equal(Enumerable.Range(1, Rounds), drafts.Select(d => d.Number));
            Assert.Equal(Enumerable.Range(1, Rounds).Select(round => DraftText(index, round)), drafts.Select(d => d.Markdown));
            Assert.All(drafts, d => Assert.Equal(1, d.Reviews));
            Assert.Equal(Rounds, submitted);
            Assert.Equal(0, workingCopies); // each saved working copy became the draft submitted after it
        }

        private async Task PostMessageAsync(FormPoster who, string body)
        {
            var response = await TimedAsync(() => who.PostAsync($"/Thread/{jobId}", ("Input.Body", body)));
            var location = await ExpectRedirectAsync(who, response, null);
            var id = MessageAnchor().Match(location);
            if (!id.Success)
            {
                throw new InvalidOperationException($"A message was answered with {location}, not its anchor.");
            }

            messages.Add((long.Parse(id.Groups[1].Value, CultureInfo.InvariantCulture), body));
        }

        private async Task ExpectJsonAsync(HttpResponseMessage response)
        {
            using (response)
            {
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK || !body.Contains("\"savedAt\"", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {Shorten(body)}");
                }

                Acknowledged++;
            }
        }

        /// <summary>The answer must be a redirect (to <paramref name="expected"/> when given), and the page it leads to must open.</summary>
        private async Task<string> ExpectRedirectAsync(FormPoster who, HttpResponseMessage response, string? expected)
        {
            using (response)
            {
                var location = response.Headers.Location?.OriginalString;
                if (response.StatusCode != HttpStatusCode.Redirect || location is null || (expected is not null && location != expected))
                {
                    throw new InvalidOperationException(
                        $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode} {location}: {Shorten(await response.Content.ReadAsStringAsync())}");
                }

                Acknowledged++;
                using var next = await who.Browser.Http.GetAsync(new Uri(location, UriKind.Relative));
                if (next.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{location} answered {(int)next.StatusCode} after a successful write.");
                }

                return location;
            }
        }

        private async Task<HttpResponseMessage> TimedAsync(Func<Task<HttpResponseMessage>> post)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            var response = await post();
            Latencies.Enqueue(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            return response;
        }

        public void Dispose()
        {
            owner.Browser.Dispose();
            writer.Browser.Dispose();
        }

        private static string Shorten(string text) => text.Length > 300 ? text[..300] : text;

        [GeneratedRegex(@"#message-(\d+)$")]
        private static partial Regex MessageAnchor();
    }
}
