namespace OutsourceHub.Web.Display;

public static class PagerLinks
{
    /// <summary>
    /// The query-string key of the page number. Not "page": Razor Pages keeps the page's own name in the route
    /// value "page", which would win over the query string when binding.
    /// </summary>
    public const string QueryKey = "p";

    /// <summary>The current query string (filters, search) with another page number.</summary>
    public static Dictionary<string, string> With(IQueryCollection query, int page)
    {
        var values = query.Where(q => !string.Equals(q.Key, QueryKey, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        values[QueryKey] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    /// <summary>A link to another page of the current list, with the path and filters kept as they are.</summary>
    public static string Href(HttpRequest request, int page) =>
        $"{request.PathBase}{request.Path}{QueryString.Create(With(request.Query, page).Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))}";
}
