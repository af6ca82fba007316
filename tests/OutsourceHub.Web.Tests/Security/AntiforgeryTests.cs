using System.Net;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// ASVS 4.0.3 V4.2.2: every form that changes something is protected against cross-site request forgery. Every
/// POST handler the running app has is sent by its rightful user with a plausible form and no antiforgery token,
/// and must be refused with 400 before it changes anything. Only the pages in <see cref="OptOuts"/> may skip the
/// token, each with its reason.
/// </summary>
public sealed class AntiforgeryTests(IsolationScenario scenario) : IClassFixture<IsolationScenario>
{
    /// <summary>The pages that opt out of antiforgery validation, and why that is safe.</summary>
    public static readonly IReadOnlyDictionary<string, string> OptOuts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["/Error"] = "the status-code and exception pages re-execute here with the failed request's method, so a POST refused for its "
            + "missing token must still render the 400 page; it reads no form and changes nothing",
    };

    public static TheoryData<string> Posts => new(SecurityTables.PostRequests.Select(p => p.Key));

    [Fact]
    public void Every_post_handler_has_a_request_in_the_tables()
    {
        var known = SecurityTables.PostRequests.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var posts = PageEndpoints.Read(scenario.App)
            .SelectMany(page => page.Handlers.Where(h => h.Method == "POST").Select(h => page.KeyOf(h)))
            .ToHashSet(StringComparer.Ordinal);

        var wrong = posts.Except(known).Order(StringComparer.Ordinal)
            .Select(key => $"add a request for {key} to SecurityTables (an isolation case, or a PostRecipe on its no-id row)")
            .Concat(known.Except(posts).Order(StringComparer.Ordinal).Select(key => $"{key}: no such handler"))
            .ToList();

        Assert.True(wrong.Count == 0, $"The POST handlers and the tables' requests differ:\n{string.Join('\n', wrong)}");
    }

    [Fact]
    public void Only_the_error_page_opts_out_of_antiforgery()
    {
        var optedOut = PageEndpoints.Read(scenario.App)
            .Where(page => page.IgnoresAntiforgery && page.Handlers.Any(h => h.Method == "POST"))
            .Select(page => page.Route)
            .ToList();

        Assert.Equal(OptOuts.Keys.Order(StringComparer.Ordinal), optedOut.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task A_post_without_a_token_is_refused_with_400_and_changes_nothing(string key)
    {
        var request = SecurityTables.PostRequests.Single(p => p.Key == key);
        var url = request.Url(scenario);
        var before = await DatabaseSnapshot.TakeAsync(scenario);

        using var form = new FormUrlEncodedContent(request.Form(scenario));
        var response = await scenario.Browser(request.Who).Http.PostAsync(new Uri(url, UriKind.Relative), form);
        var page = await HtmlPage.ReadAsync(response, url);

        var changed = before.DifferencesFrom(await DatabaseSnapshot.TakeAsync(scenario));
        Assert.True(changed.Count == 0, $"{request.Who} POST {url} without a token changed the database:\n{string.Join('\n', changed)}");
        if (OptOuts.ContainsKey(key["POST ".Length..].Split('?')[0]))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
        else
        {
            Assert.True(page.StatusCode == HttpStatusCode.BadRequest, $"{request.Who} POST {url} without a token answered {(int)page.StatusCode} {page.Location}");
            Assert.Equal("That request could not be handled", page.Heading);
        }
    }
}
