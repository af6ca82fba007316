namespace OutsourceHub.Web.Infrastructure;

public static class PagerLinks
{
    /// <summary>The query string key of the page number.</summary>
    public const string PageKey = "page";

    /// <summary>The current query string (filters, search) with another page number.</summary>
    public static Dictionary<string, string> With(IQueryCollection query, int page)
    {
        var values = query.Where(q => !string.Equals(q.Key, PageKey, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        values[PageKey] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    /// <summary>
    /// A link to another page of the current list, filters kept. Built by hand rather than with asp-route-*:
    /// Razor Pages keeps the page's own name in the route value "page", so a link generator reads a "page"
    /// value as a page name and produces no link. For the same reason list pages bind the number with
    /// [FromQuery(Name = PagerLinks.PageKey)].
    /// </summary>
    public static string Href(HttpRequest request, int page) =>
        $"{request.PathBase}{request.Path}{QueryString.Create(With(request.Query, page).Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))}";
}
