using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>Posting with the sender's own valid antiforgery token, whoever the sender is.</summary>
public static class OwnToken
{
    /// <summary>
    /// A signed-in browser takes its token from its home page (<see cref="TestBrowser.PostWithTokenAsync(string, IReadOnlyCollection{KeyValuePair{string, string}})"/>);
    /// an anonymous visitor's home page is a redirect to sign in, so theirs comes from the sign-in form.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithOwnTokenAsync(
        this TestBrowser browser, Party who, string url, IReadOnlyCollection<KeyValuePair<string, string>> fields)
    {
        if (who != Party.Visitor)
        {
            return await browser.PostWithTokenAsync(url, fields);
        }

        var login = await browser.GetAsync("/Account/Login");
        var token = login.Document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on the sign-in page.");
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]);
        return await browser.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
