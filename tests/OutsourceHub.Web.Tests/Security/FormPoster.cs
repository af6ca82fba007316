using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// Posts forms for one signed-in browser with the antiforgery token it was given once, as a page left open would:
/// for load and crash tests, where reading the form before every post would only double the traffic.
/// </summary>
public sealed class FormPoster(TestBrowser browser, string token)
{
    public TestBrowser Browser => browser;

    /// <summary>The token the page gave: valid on every instance that shares the key ring.</summary>
    public string Token => token;

    public static async Task<FormPoster> ForAsync(TestBrowser browser) => new(browser, await browser.AntiforgeryTokenAsync());

    public async Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields)
    {
        using var request = Request(url, fields);
        return await browser.Http.SendAsync(request);
    }

    /// <summary>Posts the way the editor's script does (fetch, answered with JSON).</summary>
    public async Task<HttpResponseMessage> PostFromScriptAsync(string url, params (string Name, string Value)[] fields)
    {
        using var request = Request(url, fields);
        request.Headers.Add("X-Requested-With", "fetch");
        return await browser.Http.SendAsync(request);
    }

    private HttpRequestMessage Request(string url, (string Name, string Value)[] fields) =>
        new(HttpMethod.Post, new Uri(url, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(
                [new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]),
        };
}
