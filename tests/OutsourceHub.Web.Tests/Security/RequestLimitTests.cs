using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Web.Hosting;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>ASVS 2.2.1 (anti-automation) and 13.1 (request limits): readable 429 and 413 pages.</summary>
public sealed class RequestLimitTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_a_readable_429()
    {
        var owner = await app.CreateUserAsync(AppRoles.Owner);
        using var limited = app.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration(config =>
            config.AddInMemoryCollection(new Dictionary<string, string?> { ["RateLimits:SignInPostsPerMinute"] = "3" })));
        using var browser = new TestBrowser(limited.CreateClient(new() { AllowAutoRedirect = false }));
        var form = await browser.GetAsync("/Account/Login");

        var answers = new List<HtmlPage>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            answers.Add(await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = owner.Email!, ["Input.Password"] = "wrong password " + attempt }));
        }

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[3].StatusCode);
        Assert.Equal("Too many requests", answers[3].Heading);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Account/Login")).StatusCode); // reading is never limited
    }

    [Fact]
    public async Task Requests_past_the_concurrency_limit_wait_their_turn_and_past_the_queue_get_a_429()
    {
        using var limited = app.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration(config =>
            config.AddInMemoryCollection(new Dictionary<string, string?> { ["RateLimits:ConcurrentRequests"] = "1", ["RateLimits:QueuedRequests"] = "0" })));
        using var http = limited.CreateClient(new() { AllowAutoRedirect = false });
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // A form post whose body is still arriving holds the only permit until the rest of it comes. A page asked
        // for meanwhile is refused: there is no room to queue. (If one of those asks held the permit at the moment
        // the post came, the post itself was refused; it is sent again until it is the one holding the permit.)
        Task<HttpResponseMessage>? slow = null;
        var refused = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 200 && refused != HttpStatusCode.TooManyRequests; attempt++)
        {
            if (slow is null || slow.IsCompleted)
            {
                slow = http.PostAsync(new Uri("/Account/Login", UriKind.Relative), new HeldBody(release.Task));
                await Task.Delay(50);
            }

            refused = (await http.GetAsync(new Uri("/Account/Login", UriKind.Relative))).StatusCode;
        }

        release.SetResult();
        var slowAnswer = await slow!;
        var after = await http.GetAsync(new Uri("/Account/Login", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, slowAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private sealed class HeldBody : HttpContent
    {
        private readonly Task release;

        public HeldBody(Task release)
        {
            this.release = release;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            await stream.WriteAsync("Input.Email=a"u8.ToArray());
            await stream.FlushAsync();
            await release;
            await stream.WriteAsync("b%40example.com"u8.ToArray());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Fact]
    public async Task A_body_larger_than_any_form_needs_gets_a_readable_413_and_saves_nothing()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        var huge = new string('x', (int)RequestLimits.MaxBodyBytes + 1);

        var answer = await writer.SubmitAsync(editor, new Dictionary<string, string> { ["Input.Body"] = huge }, "#draft-form");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        Assert.Equal("That was too much to send at once", answer.Heading);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var browser = app.NewBrowser();

        foreach (var url in new[] { "/Account/Login", "/health", "/css/site.css", "/No/Such/Page" })
        {
            var response = await browser.Http.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.DoesNotContain("unsafe-inline", SecurityHeadersMiddleware.ContentSecurityPolicy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", SecurityHeadersMiddleware.ContentSecurityPolicy, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }
}
