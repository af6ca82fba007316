using System.Text.RegularExpressions;

namespace OutsourceHub.Core.Drafts;

/// <summary>Counts the words a reader sees: Markdown syntax and link targets are not words.</summary>
public static partial class WordCounter
{
    public static int Count(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return 0;
        }

        var plain = Markdig.Markdown.ToPlainText(markdown);
        return Word().Count(plain);
    }

    // A word is a run of letters or digits, with inner apostrophes and hyphens ("don't", "well-known").
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
