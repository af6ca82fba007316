using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>The shared app with its security stamp check on a <see cref="MovableClock"/>, and the session cookie's questions.</summary>
public static class SessionApp
{
    public const string AuthCookie = "OutsourceHub.Auth";

    /// <summary>The same app and database, whose security stamp validator reads <paramref name="clock"/>.</summary>
    public static WebApplicationFactory<Program> WithStampClock(this AppFactory app, MovableClock clock) =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<SecurityStampValidatorOptions>(options => options.TimeProvider = clock)));

    /// <summary>How long a cookie is trusted before its security stamp is compared with the account's.</summary>
    public static TimeSpan StampValidationInterval(this WebApplicationFactory<Program> app) =>
        app.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval;

    /// <summary>A browser that keeps cookies, on https when asked (the auth cookie is Secure exactly when the request is).</summary>
    public static TestBrowser NewBrowser(this WebApplicationFactory<Program> app, bool https) =>
        new(app.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(https ? "https://localhost" : "http://localhost"),
        }));

    /// <summary>The cookies a response set, parsed.</summary>
    public static IList<SetCookieHeaderValue> SetCookies(this HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var values) ? SetCookieHeaderValue.ParseList(values.ToList()) : [];

    /// <summary>
    /// Sends a request carrying only the given session cookie, the way someone holding a copy of it would: no
    /// browser, no other cookies.
    /// </summary>
    public static async Task<HttpResponseMessage> ReplayAsync(this WebApplicationFactory<Program> app, SetCookieHeaderValue cookie, string url)
    {
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add(HeaderNames.Cookie, new CookieHeaderValue(cookie.Name, cookie.Value).ToString());
        return await http.SendAsync(request);
    }

    public static bool IsSentToSignIn(this HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && response.Headers.Location is { } location
        && (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]) == "/Account/Login";
}
