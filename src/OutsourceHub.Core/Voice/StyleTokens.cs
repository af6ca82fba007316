// The tokens the voice match compares: words and punctuation marks, the way a writer's habits show in them.

namespace OutsourceHub.Core.Voice;

/// <summary>
/// Words (lower-cased, inner apostrophes and hyphens kept) and punctuation marks of prose, and the share of all of
/// them each one takes. Which of them matter, and how much, is the background's business (<see cref="VoiceBackground"/>).
/// </summary>
public static class StyleTokens
{
    /// <summary>The marks counted as tokens of their own: how a writer joins and breaks sentences.</summary>
    public const string Marks = ",;:!?.-—\"'()";

    /// <summary>
    /// The share (0–1) of all tokens of the prose taken by each token: every mark of <see cref="Marks"/>, and every
    /// word, a run of a–z and 0–9 joined by single inner apostrophes or hyphens (one forward scan, no allocation for
    /// a word already seen).
    /// </summary>
    public static Dictionary<string, double> Frequencies(ProseText prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var total = 0;
        Span<char> buffer = stackalloc char[256];
        foreach (var sentence in prose.Sentences)
        {
            var text = sentence.Text;
            var lower = text.Length <= buffer.Length ? buffer[..text.Length] : new char[text.Length];
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                lower[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c < 128 ? c : Straight(char.ToLowerInvariant(c));
            }

            for (var i = 0; i < lower.Length;)
            {
                var c = lower[i];
                if (IsMark(c))
                {
                    Add(lower.Slice(i, 1));
                }

                if (!IsWordChar(c))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (true)
                {
                    while (i < lower.Length && IsWordChar(lower[i]))
                    {
                        i++;
                    }

                    if (i + 1 < lower.Length && lower[i] is '\'' or '-' && IsWordChar(lower[i + 1]))
                    {
                        Add(lower.Slice(i, 1));
                        i++;
                        continue;
                    }

                    break;
                }

                Add(lower[start..i]);
            }
        }

        return total == 0 ? [] : counts.ToDictionary(c => c.Key, c => (double)c.Value / total, StringComparer.Ordinal);

        void Add(ReadOnlySpan<char> token)
        {
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(lookup, token, out _);
            count++;
            total++;
        }
    }

    /// <summary>The share of each token of a Markdown text.</summary>
    public static Dictionary<string, double> Frequencies(string? markdown) => Frequencies(VoiceText.Parse(markdown));

    private static char Straight(char c) => c switch
    {
        '’' or '‘' => '\'',
        '“' or '”' => '"',
        _ => c,
    };

    private static bool IsMark(char c) => c is ',' or ';' or ':' or '!' or '?' or '.' or '-' or '—' or '"' or '\'' or '(' or ')';

    private static bool IsWordChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
}
