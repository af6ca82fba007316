// The tokens the voice match compares: words and punctuation marks, the way a writer's habits show in them.
using System.Text.RegularExpressions;

namespace OutsourceHub.Core.Voice;

/// <summary>
/// Words (lower-cased, inner apostrophes and hyphens kept) and punctuation marks of prose, and the share of all of
/// them each one takes. Which of them matter, and how much, is the background's business (<see cref="VoiceBackground"/>).
/// </summary>
public static partial class StyleTokens
{
    /// <summary>The marks counted as tokens of their own: how a writer joins and breaks sentences.</summary>
    public const string Marks = ",;:!?.-—\"'()";

    /// <summary>The share (0–1) of all tokens of the prose taken by each token.</summary>
    public static Dictionary<string, double> Frequencies(ProseText prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var sentence in prose.Sentences)
        {
            var text = Straight(sentence.Text.ToLowerInvariant());
            foreach (var word in Word().EnumerateMatches(text))
            {
                Add(text.Substring(word.Index, word.Length));
            }

            foreach (var c in text)
            {
                if (Marks.Contains(c, StringComparison.Ordinal))
                {
                    Add(c.ToString());
                }
            }
        }

        return total == 0 ? [] : counts.ToDictionary(c => c.Key, c => (double)c.Value / total, StringComparer.Ordinal);

        void Add(string token)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
            total++;
        }
    }

    /// <summary>The share of each token of a Markdown text.</summary>
    public static Dictionary<string, double> Frequencies(string? markdown) => Frequencies(VoiceText.Parse(markdown));

    private static string Straight(string text) =>
        text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');

    [GeneratedRegex(@"[a-z0-9]+(?:['-][a-z0-9]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
