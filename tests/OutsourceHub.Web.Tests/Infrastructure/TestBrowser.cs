using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OutsourceHub.Web.Tests.Infrastructure;

/// <summary>Reads pages as HTML documents and submits their forms the way a browser does, antiforgery token included.</summary>
public sealed class TestBrowser(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<HtmlPage> GetAsync(string url) => await HtmlPage.ReadAsync(await http.GetAsync(new Uri(url, UriKind.Relative)), url);

    /// <summary>
    /// Submits a form of the page with its current values (hidden fields, the antiforgery token, checked boxes,
    /// selected options), after replacing or adding the given ones; with a file, as multipart, the way a browser sends one.
    /// </summary>
    public async Task<HtmlPage> SubmitAsync(
        HtmlPage page,
        IReadOnlyDictionary<string, string>? values = null,
        string form = "main form[method=post]",
        string? button = null,
        (string Field, string FileName, byte[] Content)? file = null)
    {
        var element = page.Document.QuerySelector<IHtmlFormElement>(form)
            ?? throw new InvalidOperationException($"No form '{form}' on {page.Url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var control in element.Elements)
        {
            var name = control.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            switch (control)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when !box.IsChecked:
                case IHtmlInputElement { Type: "submit" or "button" }:
                case IHtmlButtonElement:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
            }
        }

        foreach (var (name, value) in values ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var action = (button is null ? null : element.QuerySelector(button)?.GetAttribute("formaction")) ?? element.GetAttribute("action");
        var url = string.IsNullOrEmpty(action) ? page.Url
            : action.StartsWith('?') ? page.Url.Split('?')[0] + action // a query alone is relative to the page
            : action;
        if (file is { } upload)
        {
            // As a browser sends a form with a file: multipart, the file under its field, every other field as text.
            using var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in fields.Where(f => f.Key != upload.Field))
            {
                multipart.Add(new StringContent(value), name);
            }

            multipart.Add(new ByteArrayContent(upload.Content), upload.Field, upload.FileName);
            return await HtmlPage.ReadAsync(await http.PostAsync(new Uri(url, UriKind.Relative), multipart), url);
        }

        using var content = new FormUrlEncodedContent(fields);
        return await HtmlPage.ReadAsync(await http.PostAsync(new Uri(url, UriKind.Relative), content), url);
    }

    public async Task<HtmlPage> SignInAsync(string email, string password = AppFactory.Password)
    {
        var login = await GetAsync("/Account/Login");
        var result = await SubmitAsync(login, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        return result;
    }

    /// <summary>A valid antiforgery token for the signed-in user, read from their home page's sign-out form.</summary>
    public async Task<string> AntiforgeryTokenAsync()
    {
        var home = await GetAsync("/");
        var page = home.Location is { } location ? await GetAsync(location) : home;
        return page.Document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on the home page.");
    }

    /// <summary>Posts form fields with the user's own valid token: for "someone else's id" checks.</summary>
    public Task<HttpResponseMessage> PostWithTokenAsync(string url, params (string Name, string Value)[] fields) =>
        PostWithTokenAsync(url, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList());

    public async Task<HttpResponseMessage> PostWithTokenAsync(string url, IReadOnlyCollection<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", await AntiforgeryTokenAsync()), .. fields]);
        return await http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public void Dispose() => http.Dispose();

    internal static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);
}

/// <summary>A response with its body parsed, and the questions tests ask of a page.</summary>
public sealed record HtmlPage(HttpResponseMessage Response, IHtmlDocument Document, string Url)
{
    public HttpStatusCode StatusCode => Response.StatusCode;

    public string? Location => Response.Headers.Location?.OriginalString;

    public string Heading => Document.QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;

    public string Text => Document.Body?.TextContent ?? string.Empty;

    /// <summary>The validation message shown beside a field, or empty.</summary>
    public string ErrorFor(string field) =>
        Document.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? string.Empty;

    /// <summary>Messages not tied to one field (the validation summary).</summary>
    public string Summary => Document.QuerySelector(".validation-summary-errors")?.TextContent.Trim() ?? string.Empty;

    public string? ValueOf(string field) => Document.QuerySelector($"[name='{field}']") switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement area => area.Value,
        IHtmlSelectElement select => select.Value,
        _ => null,
    };

    public static async Task<HtmlPage> ReadAsync(HttpResponseMessage response, string url) =>
        new(response, TestBrowser.Parse(await response.Content.ReadAsStringAsync()), url);
}
