using System.Text;

namespace OutsourceHub.Web.Display;

public static class FileNames
{
    /// <summary>A file-name-safe slug of a title: "Cold brew, fast!" → "cold-brew-fast".</summary>
    public static string Slug(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "untitled" : result[..Math.Min(result.Length, 60)].TrimEnd('-');
    }
}
