// Where a revision point sits in a draft, and where it sits in the next one. See docs/decisions.md.
using System.Text;

namespace OutsourceHub.Core.Reviews;

/// <summary>
/// A passage of a draft as a text-quote selector (the W3C Web Annotation model): the exact text, up to
/// <see cref="Passages.ContextLength"/> characters before and after it, and its offsets in the draft's Markdown.
/// </summary>
public sealed record PassageQuote(string Exact, string Prefix, string Suffix, int Start, int End);

/// <summary>What became of a passage in the next draft.</summary>
public enum PassageFate
{
    /// <summary>The same words, where they were or elsewhere.</summary>
    Unchanged,

    /// <summary>Found again from the text around it, with other words.</summary>
    Rewritten,

    /// <summary>Neither the words nor the text around them are there any more.</summary>
    Removed,
}

/// <summary>A passage found again in the next draft: its fate and, unless removed, where it is now.</summary>
public sealed record Reanchored(PassageFate Fate, PassageQuote? Now);

/// <summary>Why a quoted passage could not be placed in the draft, with the places it could mean when there are several.</summary>
public sealed record PassageMiss(bool Ambiguous, IReadOnlyList<string> Candidates);

/// <summary>
/// Finds a quoted passage in a draft's Markdown, and finds it again in the next draft. A quote is matched exactly,
/// then ignoring case, runs of whitespace and emphasis marks (a passage selected on the rendered page has lost its
/// <c>*</c> and <c>_</c>); several matches are told apart by the text before and after. Carried into the next draft, a
/// passage is found exactly, else by the text around it, else by the nearest run of words within a bounded edit
/// distance (the way Hypothesis re-anchors annotations on a changed page), else it is removed.
/// </summary>
public static class Passages
{
    /// <summary>The longest passage a point may quote.</summary>
    public const int MaxLength = 2000;

    /// <summary>How much text before and after a passage is kept to tell it apart and find it again.</summary>
    public const int ContextLength = 32;

    /// <summary>The share of a passage's words that may change and still count as the same passage rewritten.</summary>
    public const double MaxChangedShare = 0.4;

    /// <summary>The passage of <paramref name="markdown"/> between two offsets, with its context.</summary>
    public static PassageQuote At(string markdown, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (start < 0 || end > markdown.Length || end <= start)
        {
            throw new DomainException("That passage is not in this draft.");
        }

        var prefixStart = Math.Max(0, start - ContextLength);
        var suffixEnd = Math.Min(markdown.Length, end + ContextLength);
        return new PassageQuote(markdown[start..end], markdown[prefixStart..start], markdown[end..suffixEnd], start, end);
    }

    /// <summary>
    /// Places a quoted passage in the draft: the one place it is, or, where it occurs several times, the one whose text
    /// around it matches <paramref name="prefix"/> and <paramref name="suffix"/> (a selection sends them). A miss says
    /// whether the quote is nowhere or in several places, with each place in context.
    /// </summary>
    public static (PassageQuote? Found, PassageMiss? Miss) Find(string markdown, string quote, string? prefix = null, string? suffix = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(quote);
        var spans = Occurrences(markdown, quote.Trim());
        if (spans.Count == 0)
        {
            return (null, new PassageMiss(false, []));
        }

        if (spans.Count == 1)
        {
            return (At(markdown, spans[0].Start, spans[0].End), null);
        }

        if (!string.IsNullOrEmpty(prefix) || !string.IsNullOrEmpty(suffix))
        {
            var scored = spans.Select(s => (Span: s, Score: ContextScore(markdown, s, prefix ?? string.Empty, suffix ?? string.Empty))).OrderByDescending(s => s.Score).ToList();
            if (scored[0].Score > scored[1].Score)
            {
                return (At(markdown, scored[0].Span.Start, scored[0].Span.End), null);
            }
        }

        return (null, new PassageMiss(true, spans.Take(5).Select(s => InContext(markdown, s)).ToList()));
    }

    /// <summary>Finds a passage of the previous draft in the next one.</summary>
    public static Reanchored Reanchor(PassageQuote then, string markdown)
    {
        ArgumentNullException.ThrowIfNull(then);
        ArgumentNullException.ThrowIfNull(markdown);
        var spans = Occurrences(markdown, then.Exact);
        if (spans.Count > 0)
        {
            var best = spans.MaxBy(s => ContextScore(markdown, s, then.Prefix, then.Suffix));
            return new Reanchored(PassageFate.Unchanged, At(markdown, best.Start, best.End));
        }

        var between = BetweenContext(markdown, then);
        if (between is { } span && Similar(then.Exact, markdown[span.Start..span.End]))
        {
            return new Reanchored(PassageFate.Rewritten, At(markdown, span.Start, span.End));
        }

        return NearestWords(markdown, then.Exact) is { } near
            ? new Reanchored(PassageFate.Rewritten, At(markdown, near.Start, near.End))
            : new Reanchored(PassageFate.Removed, null);
    }

    /// <summary>Every place the quote occurs: exactly, else ignoring case, whitespace runs and emphasis marks.</summary>
    private static List<(int Start, int End)> Occurrences(string markdown, string quote)
    {
        var spans = new List<(int Start, int End)>();
        if (quote.Length == 0)
        {
            return spans;
        }

        for (var at = markdown.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = markdown.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            spans.Add((at, at + quote.Length));
        }

        if (spans.Count > 0)
        {
            return spans;
        }

        var (text, map) = Loose(markdown);
        var (needle, _) = Loose(quote);
        needle = needle.Trim();
        if (needle.Length == 0)
        {
            return spans;
        }

        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            spans.Add((map[at], map[at + needle.Length - 1] + 1));
        }

        return spans;
    }

    /// <summary>
    /// The text lower-cased, each run of whitespace one space, emphasis marks left out, and for each character kept
    /// the offset it came from.
    /// </summary>
    private static (string Text, int[] Map) Loose(string text)
    {
        var loose = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '*' or '_' or '`')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (loose.Length > 0 && loose[^1] == ' ')
                {
                    continue;
                }

                c = ' ';
            }

            loose.Append(char.ToLowerInvariant(Straight(c)));
            map.Add(i);
        }

        return (loose.ToString(), [.. map]);
    }

    private static char Straight(char c) => c switch
    {
        '’' or '‘' => '\'',
        '“' or '”' => '"',
        _ => c,
    };

    /// <summary>How well the text around a span matches the context: shared characters next to the span, both sides.</summary>
    private static int ContextScore(string markdown, (int Start, int End) span, string prefix, string suffix)
    {
        var score = 0;
        for (int i = span.Start - 1, j = prefix.Length - 1; i >= 0 && j >= 0 && markdown[i] == prefix[j]; i--, j--)
        {
            score++;
        }

        for (int i = span.End, j = 0; i < markdown.Length && j < suffix.Length && markdown[i] == suffix[j]; i++, j++)
        {
            score++;
        }

        return score;
    }

    /// <summary>The text between the old passage's prefix and suffix, where both are still there in order and not far apart.</summary>
    private static (int Start, int End)? BetweenContext(string markdown, PassageQuote then)
    {
        var prefix = then.Prefix.Length > 12 ? then.Prefix[^12..] : then.Prefix;
        var suffix = then.Suffix.Length > 12 ? then.Suffix[..12] : then.Suffix;
        if (prefix.Trim().Length < 4 || suffix.Trim().Length < 4)
        {
            return null;
        }

        (int Start, int End)? best = null;
        for (var p = markdown.IndexOf(prefix, StringComparison.Ordinal); p >= 0; p = markdown.IndexOf(prefix, p + 1, StringComparison.Ordinal))
        {
            var start = p + prefix.Length;
            var s = markdown.IndexOf(suffix, start, StringComparison.Ordinal);
            if (s > start && s - start <= 2 * then.Exact.Length + ContextLength
                && (best is null || Math.Abs(s - start - then.Exact.Length) < Math.Abs(best.Value.End - best.Value.Start - then.Exact.Length)))
            {
                best = (start, s);
            }
        }

        return best;
    }

    /// <summary>Two passages are one rewritten when at most <see cref="MaxChangedShare"/> of the longer one's words changed.</summary>
    private static bool Similar(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        var longer = Math.Max(x.Count, y.Count);
        return longer > 0 && WordDistance(x, y, (int)(MaxChangedShare * longer)) <= MaxChangedShare * longer;
    }

    /// <summary>
    /// The run of words of the draft nearest the passage's words (Sellers' approximate matching: one pass of a
    /// word-level edit distance that may start anywhere), within the distance <see cref="MaxChangedShare"/> allows;
    /// null when none is that near.
    /// </summary>
    private static (int Start, int End)? NearestWords(string markdown, string exact)
    {
        var target = Words(exact);
        if (target.Count < 3)
        {
            return null;
        }

        var spans = WordSpans(markdown);
        var words = spans.Select(w => markdown[w.Start..w.End].ToLowerInvariant()).ToList();
        var limit = (int)(MaxChangedShare * target.Count);

        // Column j: the best distance of target[..i] to a run of words ending at word j, and where that run starts.
        var distance = new int[target.Count + 1];
        var start = new int[target.Count + 1];
        for (var i = 0; i <= target.Count; i++)
        {
            distance[i] = i;
        }

        (int Start, int End, int Distance)? best = null;
        for (var j = 1; j <= words.Count; j++)
        {
            var diagonal = distance[0];
            var diagonalStart = start[0];
            distance[0] = 0;
            start[0] = j;
            for (var i = 1; i <= target.Count; i++)
            {
                var (up, upStart) = (distance[i], start[i]);
                var substitute = diagonal + (string.Equals(target[i - 1], words[j - 1], StringComparison.Ordinal) ? 0 : 1);
                var (value, from) = (substitute, i == 1 ? j - 1 : diagonalStart);
                if (up + 1 < value)
                {
                    (value, from) = (up + 1, upStart);
                }

                if (distance[i - 1] + 1 < value)
                {
                    (value, from) = (distance[i - 1] + 1, start[i - 1]);
                }

                (diagonal, diagonalStart) = (up, upStart);
                (distance[i], start[i]) = (value, from);
            }

            // On a tie, a run from the same start that reaches further takes the words the rewrite added.
            if (distance[target.Count] <= limit
                && (best is null || distance[target.Count] < best.Value.Distance
                    || (distance[target.Count] == best.Value.Distance && start[target.Count] == best.Value.Start)))
            {
                best = (start[target.Count], j - 1, distance[target.Count]);
            }
        }

        return best is { } found && found.Start <= found.End ? (spans[found.Start].Start, spans[found.End].End) : null;
    }

    private static List<string> Words(string text) => WordSpans(text).Select(w => text[w.Start..w.End].ToLowerInvariant()).ToList();

    private static List<(int Start, int End)> WordSpans(string text)
    {
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or '-'))
            {
                i++;
            }

            spans.Add((start, i));
        }

        return spans;
    }

    /// <summary>Word-level edit distance, stopping early once every path exceeds <paramref name="limit"/> (then limit + 1).</summary>
    private static int WordDistance(List<string> a, List<string> b, int limit)
    {
        if (Math.Abs(a.Count - b.Count) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var j = 0; j <= b.Count; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Count; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Count; j++)
            {
                var cost = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }

    private static string InContext(string markdown, (int Start, int End) span)
    {
        var from = Math.Max(0, span.Start - 24);
        var to = Math.Min(markdown.Length, span.End + 24);
        return $"{(from > 0 ? "…" : string.Empty)}{markdown[from..to].ReplaceLineEndings(" ")}{(to < markdown.Length ? "…" : string.Empty)}";
    }
}
