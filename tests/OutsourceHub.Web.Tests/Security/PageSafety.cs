using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using OutsourceHub.Web.Display;
using OutsourceHub.Web.Hosting;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// What a security reviewer looks for in a page, read the way a browser parses it: anything that would run
/// script or load another document, and the headers that keep the browser strict. Each check returns the
/// problems it found, worded to name the element or header, so a failing test says where to look.
/// </summary>
public static partial class PageSafety
{
    /// <summary>Attributes a browser follows as a URL: navigation, loading or submission.</summary>
    private static readonly string[] UrlAttributes =
    [
        "href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "background", "cite", "data", "ping",
        "lowsrc", "dynsrc", "longdesc", "usemap", "manifest", "codebase", "icon", "profile",
    ];

    /// <summary>Elements that load or run another document, or change how the page's links resolve.</summary>
    private static readonly string[] EmbeddingElements = ["iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"];

    /// <summary>
    /// Script that is not one of the app's own files, event handlers, URLs with a scheme other than http, https or
    /// mailto, style attributes, embedded documents, and style, link or refresh elements outside the head.
    /// </summary>
    public static IReadOnlyList<string> ActiveContent(IHtmlDocument document)
    {
        var problems = new List<string>();
        var elements = document.All.ToList();
        foreach (var script in elements.Where(e => e.LocalName == "script"))
        {
            var src = script.GetAttribute("src");
            if (src is null || !IsAppFile(src) || !string.IsNullOrWhiteSpace(script.TextContent))
            {
                problems.Add($"a script that is not one of the app's own files: {Excerpt(script)}");
            }
        }

        problems.AddRange(elements
            .Where(e => EmbeddingElements.Contains(e.LocalName) || e.LocalName is "svg" or "math")
            .Select(e => $"an embedded or foreign element: {Excerpt(e)}"));
        problems.AddRange(elements
            .Where(e => e.LocalName is "style" or "link" or "meta" && e.Closest("head") is null)
            .Select(e => $"a {e.LocalName} element outside the head: {Excerpt(e)}"));
        problems.AddRange(elements
            .Where(e => e.LocalName == "meta" && e.HasAttribute("http-equiv") && !IsDownloadPolicy(e))
            .Select(e => $"a meta http-equiv: {Excerpt(e)}"));
        foreach (var element in elements)
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"an event handler {attribute.Name}: {Excerpt(element)}");
                }
                else if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"a style attribute: {Excerpt(element)}");
                }
                else if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && !IsSafeUrl(attribute.Value))
                {
                    problems.Add($"{attribute.Name} with an unsafe scheme: {Excerpt(element)}");
                }
            }
        }

        return problems;
    }

    /// <summary>The policy a standalone download carries in its head (it has no headers once saved): it only restricts.</summary>
    private static bool IsDownloadPolicy(IElement meta) =>
        meta.Closest("head") is not null
        && string.Equals(meta.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase)
        && meta.GetAttribute("content") == StandaloneHtml.ContentSecurityPolicy;

    /// <summary>
    /// What would stop the app's strict Content-Security-Policy (no inline script or style) from working, or
    /// be blocked by it: inline script, style attributes and style elements.
    /// </summary>
    public static IReadOnlyList<string> InlineScriptOrStyle(IHtmlDocument document)
    {
        var problems = new List<string>();
        problems.AddRange(document.QuerySelectorAll("script")
            .Where(s => !s.HasAttribute("src") || !string.IsNullOrWhiteSpace(s.TextContent))
            .Select(s => $"an inline script: {Excerpt(s)}"));
        problems.AddRange(document.QuerySelectorAll("[style]").Select(e => $"a style attribute: {Excerpt(e)}"));
        problems.AddRange(document.QuerySelectorAll("style").Select(e => $"a style element: {Excerpt(e)}"));
        return problems;
    }

    /// <summary>
    /// The headers every response must carry: a Content-Security-Policy without 'unsafe-inline' that forbids framing,
    /// X-Content-Type-Options: nosniff, and a Referrer-Policy.
    /// </summary>
    public static IReadOnlyList<string> MissingHeaders(HttpResponseMessage response)
    {
        var problems = new List<string>();
        var csp = Header(response, "Content-Security-Policy");
        if (csp is null)
        {
            problems.Add("no Content-Security-Policy");
        }
        else
        {
            if (csp != SecurityHeadersMiddleware.ContentSecurityPolicy)
            {
                problems.Add($"a Content-Security-Policy other than the app's: {csp}");
            }

            if (csp.Contains("'unsafe-inline'", StringComparison.OrdinalIgnoreCase) || csp.Contains("'unsafe-eval'", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"a Content-Security-Policy that allows inline script or eval: {csp}");
            }

            if (!csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal))
            {
                problems.Add($"a Content-Security-Policy without frame-ancestors 'none': {csp}");
            }
        }

        if (Header(response, "X-Content-Type-Options") != "nosniff")
        {
            problems.Add("no X-Content-Type-Options: nosniff");
        }

        if (string.IsNullOrWhiteSpace(Header(response, "Referrer-Policy")))
        {
            problems.Add("no Referrer-Policy");
        }

        return problems;
    }

    /// <summary>
    /// Judged the way a browser's URL parser would: control characters and whitespace are dropped, and anything
    /// that then looks like a scheme must be http, https or mailto. Everything else is relative.
    /// </summary>
    public static bool IsSafeUrl(string value)
    {
        var compact = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var scheme = SchemePattern().Match(compact);
        return !scheme.Success || scheme.Groups[1].Value.ToUpperInvariant() is "HTTP" or "HTTPS" or "MAILTO";
    }

    /// <summary>One of the app's own script files: a path on this site, not another host ("//evil.example").</summary>
    private static bool IsAppFile(string src) =>
        src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal) && !src.StartsWith("/\\", StringComparison.Ordinal);

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    private static string Excerpt(IElement element)
    {
        var html = element.OuterHtml.ReplaceLineEndings(" ");
        return html.Length <= 160 ? html : html[..160] + "…";
    }

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex SchemePattern();
}
