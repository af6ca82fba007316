using System.Text.RegularExpressions;

namespace OutsourceHub.Core.Reviews;

/// <summary>A revision point an owner made on one of a client's jobs, as the grouping reads it.</summary>
public sealed record PastPoint(
    int Id, int ProjectId, string JobTitle, int DraftNumber, int WriterId, BriefSection Section, RevisionCategory Category, string Text, string? Passage, DateTime At);

/// <summary>
/// A correction the owner made on more than one job: its points oldest first. <see cref="Key"/> (the oldest point's id)
/// names it while more points join; <see cref="Word"/> is the word or phrase asked out, when that is what it is.
/// </summary>
public sealed record RecurringCorrection(int Key, string? Word, BriefSection Section, RevisionCategory Category, IReadOnlyList<PastPoint> Points)
{
    public int Count => Points.Count;

    public PastPoint Latest => Points[^1];

    /// <summary>The jobs it was made on, in the order it was first made on each.</summary>
    public IReadOnlyList<(int Id, string Title)> Jobs =>
        Points.Select(p => (p.ProjectId, p.JobTitle)).Distinct().ToList();
}

/// <summary>
/// Finds the corrections an owner keeps making across a client's jobs. Two points are the same correction when they
/// hold the draft to the same part of the brief, in the same category, and their wording overlaps: at least
/// <see cref="MinSharedWords"/> content words in common, making up at least <see cref="MinOverlap"/> of the shorter
/// point's content words (the overlap coefficient, so a short point inside a longer one still matches) — or when
/// both ask the same word out of the text ("“synergy” is on my list of words to avoid"), whatever their section.
/// Content words are the point's words less function words, with plural and -ing/-ed endings cut. A group counts when
/// its points span two jobs or more: the same point twice on one job is the writer not done yet, not a habit.
/// Pure and deterministic; the threshold's reasons are in docs/decisions.md.
/// </summary>
public static partial class RecurringCorrections
{
    public const int MinSharedWords = 2;
    public const double MinOverlap = 0.6;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "then", "so", "as", "at", "by", "for", "from", "in", "into", "of", "on",
        "onto", "to", "with", "without", "about", "over", "under", "up", "down", "out", "off", "again", "also", "too", "very",
        "just", "really", "quite", "still", "even", "please", "this", "that", "these", "those", "it", "its", "it's", "is",
        "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "can",
        "could", "would", "should", "will", "shall", "may", "might", "must", "i", "me", "my", "we", "us", "our", "you",
        "your", "he", "she", "they", "them", "their", "his", "her", "here", "there", "where", "when", "what", "which",
        "who", "how", "why", "all", "any", "some", "each", "every", "no", "not", "don't", "doesn't", "isn't", "one", "it'll",
        "let's", "i'd", "i'm", "we're", "you're", "than", "like", "make", "made", "need", "needs", "bit", "lot",
    };

    private static readonly string[] AskedOut =
    [
        "avoid", "cut", "remove", "drop", "delete", "never", "don't use", "do not use", "stop using", "no more", "instead of",
        "replace", "rephrase", "lose the", "get rid of",
    ];

    /// <summary>The recurring corrections among the points, the most often made first (then the latest).</summary>
    public static IReadOnlyList<RecurringCorrection> Group(IReadOnlyList<PastPoint> points)
    {
        var ordered = points.OrderBy(p => p.At).ThenBy(p => p.Id).ToList();
        var words = ordered.Select(p => ContentWords(p.Text)).ToList();
        var askedOut = ordered.Select(WordAskedOut).ToList();
        var parent = Enumerable.Range(0, ordered.Count).ToArray();
        for (var i = 0; i < ordered.Count; i++)
        {
            for (var j = i + 1; j < ordered.Count; j++)
            {
                if (Same(ordered[i], words[i], askedOut[i], ordered[j], words[j], askedOut[j]))
                {
                    parent[Root(parent, j)] = Root(parent, i);
                }
            }
        }

        return Enumerable.Range(0, ordered.Count)
            .GroupBy(i => Root(parent, i))
            .Select(group => group.Select(i => ordered[i]).ToList())
            .Where(group => group.Select(p => p.ProjectId).Distinct().Count() >= 2)
            .Select(group =>
            {
                var word = group.Select(WordAskedOut).GroupBy(w => w).Where(g => g.Key is not null && g.Count() >= 2).Select(g => g.Key).FirstOrDefault();
                return new RecurringCorrection(group[0].Id, word, group[^1].Section, group[^1].Category, group);
            })
            .OrderByDescending(c => c.Count).ThenByDescending(c => c.Latest.At).ThenBy(c => c.Key)
            .ToList();
    }

    /// <summary>The point's content words: lower-cased, function words left out, plural and -ing/-ed endings cut.</summary>
    public static IReadOnlySet<string> ContentWords(string text) =>
        WordPattern().Matches(text.ToLowerInvariant().Replace('’', '\''))
            .Select(m => m.Value.Trim('\''))
            .Where(w => w.Length > 1 && !FunctionWords.Contains(w))
            .Select(Stem)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The word or short phrase (up to three words) the point asks out of the text, lower-cased; null when it asks none.</summary>
    public static string? WordAskedOut(PastPoint point)
    {
        var text = point.Text.ToLowerInvariant().Replace('’', '\'');
        if (!AskedOut.Any(verb => text.Contains(verb, StringComparison.Ordinal)))
        {
            return null;
        }

        var quoted = QuotedPattern().Match(point.Text);
        var candidate = quoted.Success ? quoted.Groups["q"].Value : point.Passage;
        if (candidate is null)
        {
            return null;
        }

        var phrase = string.Join(' ', WordPattern().Matches(candidate.ToLowerInvariant()).Select(m => m.Value));
        return phrase.Length > 0 && phrase.Count(c => c == ' ') <= 2 ? phrase : null;
    }

    private static bool Same(PastPoint a, IReadOnlySet<string> aWords, string? aWord, PastPoint b, IReadOnlySet<string> bWords, string? bWord)
    {
        if (aWord is not null && aWord == bWord)
        {
            return true;
        }

        if (a.Section != b.Section || a.Category != b.Category || aWords.Count == 0 || bWords.Count == 0)
        {
            return false;
        }

        var shared = aWords.Count(bWords.Contains);
        var overlap = (double)shared / Math.Min(aWords.Count, bWords.Count);
        // A one-word point ("Shorter.") matches a point that contains its word; otherwise two words in common.
        return overlap >= MinOverlap && (shared >= MinSharedWords || Math.Min(aWords.Count, bWords.Count) == 1);
    }

    private static string Stem(string word)
    {
        foreach (var ending in (string[])["ing", "ed", "es", "s"])
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    [GeneratedRegex(@"[a-z0-9]+(?:['-][a-z0-9]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[“""](?<q>[^”""]{1,60})[”""]")]
    private static partial Regex QuotedPattern();
}
