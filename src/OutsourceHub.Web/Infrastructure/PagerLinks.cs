namespace OutsourceHub.Web.Infrastructure;

public static class PagerLinks
{
    /// <summary>The current query string (filters, search) with another page number.</summary>
    public static Dictionary<string, string> With(IQueryCollection query, int page)
    {
        var values = query.Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }
}
