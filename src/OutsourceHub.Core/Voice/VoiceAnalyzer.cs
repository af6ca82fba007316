// Measures a draft against the owner's samples and voice profile. Pure: same inputs, same report.
using System.Text;
using OutsourceHub.Core.Clients;

namespace OutsourceHub.Core.Voice;

/// <summary>Builds a <see cref="VoiceReport"/> for a draft from the owner's samples and voice profile.</summary>
public static class VoiceAnalyzer
{
    /// <summary>How far outside the samples' range still counts as near, as a share of the range width or of the mean.</summary>
    public const double NearTolerance = 0.25;

    /// <summary>Pronouns of one family per 100 words below which a text reads as third person.</summary>
    public const double PersonThreshold = 1.0;

    /// <summary>Passages of this many consecutive words or more found in a sample are flagged.</summary>
    public const int CopyGuardWords = 8;

    /// <summary>How many words or marks the report names on each side of what set the figure.</summary>
    public const int DriversShown = 3;

    /// <summary>Below this many words of sample text in all, the figure rests on too little of the owner's writing.</summary>
    public const int ThinSampleWords = 1500;

    /// <summary>Below this many words a draft is too short for its figure to be more than a guess.</summary>
    public const int ThinDraftWords = 250;

    /// <summary>Measures the draft against the samples and the profile, with the shipped background.</summary>
    public static VoiceReport Analyze(string? draftMarkdown, IReadOnlyList<VoiceSample> samples, VoiceProfile profile) =>
        Analyze(draftMarkdown, samples, profile, VoiceBackground.Shipped);

    /// <summary>
    /// Measures the draft against the samples and the profile, setting it against the voices of
    /// <paramref name="background"/> but the one keyed <paramref name="ownKey"/> (the client's own samples, when the
    /// background holds the install's clients).
    /// </summary>
    public static VoiceReport Analyze(
        string? draftMarkdown, IReadOnlyList<VoiceSample> samples, VoiceProfile profile, VoiceBackground background, string? ownKey = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(background);
        var prose = VoiceText.Parse(draftMarkdown);
        var draft = VoiceText.Profile(prose);
        var sampleProfiles = samples.Select(s => s.Profile).ToList();
        var sampleProse = samples.Select(s => VoiceText.Parse(s.Markdown)).ToList();
        var draftShares = draft.StyleTokenFrequencies;
        // A profile stored before the style tokens were measured has none: its text is read here instead.
        var sampleShares = samples
            .Select((s, i) => s.Profile.StyleTokenFrequencies.Count > 0 ? s.Profile.StyleTokenFrequencies : StyleTokens.Frequencies(sampleProse[i]))
            .Where(shares => shares.Count > 0)
            .ToList();
        var draftPoint = background.Point(draftShares);
        var samplePoints = sampleShares.Select(background.Point).ToList();
        var similarity = VoiceBackground.Similarity(draftPoint, samplePoints);

        var measures = samples.Count == 0 ? [] : Enum.GetValues<VoiceMeasure>().Select(m => Measure(m, draft, sampleProfiles)).ToList();
        var functionSimilarity = samples.Count == 0 ? 0 : Cosine(draft.FunctionWordFrequencies, MeanVector(sampleProfiles.Select(p => p.FunctionWordFrequencies)));
        var trigramSimilarity = samples.Count == 0 ? 0 : Cosine(draft.TrigramFrequencies, MeanVector(sampleProfiles.Select(p => p.TrigramFrequencies)));

        var draftWords = Normalised(prose.Words);
        var signature = SplitList(profile.SignatureWords);
        var used = signature.Where(w => ContainsPhrase(draftWords, w)).ToList();

        return new VoiceReport
        {
            Draft = draft,
            Measures = measures,
            PointOfView = new PointOfViewCheck(profile.PointOfView, DominantPerson(draft)),
            FunctionWordSimilarity = functionSimilarity,
            TrigramSimilarity = trigramSimilarity,
            SignatureWordsUsed = used,
            SignatureWordsMissing = signature.Except(used).ToList(),
            AvoidedWordsFound = FindAvoided(prose, SplitList(profile.WordsToAvoid)),
            CopiedPassages = FindCopies(prose, samples, sampleProse),
            Similarity = similarity,
            Drivers = background.Drivers(draftShares, draftPoint, sampleShares, samplePoints, DriversShown),
            Overall = samplePoints.Count == 0 ? 0 : (int)Math.Round(100 * background.Impostors(draftPoint, samplePoints, ownKey), MidpointRounding.AwayFromZero),
            Evidence = new VoiceEvidence(sampleProfiles.Sum(p => p.WordCount), draft.WordCount),
        };
    }

    /// <summary>
    /// Inside when min ≤ value ≤ max; Near when outside by no more than 25% of the range width or 25% of the
    /// samples' mean, whichever is larger (so three very alike samples do not make every draft Outside); else Outside.
    /// </summary>
    public static VoiceVerdict Verdict(double value, double mean, double min, double max)
    {
        if (value >= min && value <= max)
        {
            return VoiceVerdict.Inside;
        }

        var tolerance = NearTolerance * Math.Max(max - min, Math.Abs(mean));
        var distance = value < min ? min - value : value - max;
        return distance <= tolerance ? VoiceVerdict.Near : VoiceVerdict.Outside;
    }

    /// <summary>The pronoun family that dominates a text; third person when none reaches <see cref="PersonThreshold"/>.</summary>
    public static PointOfView DominantPerson(TextProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        (PointOfView Person, double Rate)[] families =
        [
            (PointOfView.FirstPersonSingular, profile.FirstPersonSingularPer100Words),
            (PointOfView.FirstPersonPlural, profile.FirstPersonPluralPer100Words),
            (PointOfView.SecondPerson, profile.SecondPersonPer100Words),
        ];
        var top = families.MaxBy(f => f.Rate);
        return top.Rate >= PersonThreshold ? top.Person : PointOfView.ThirdPerson;
    }

    /// <summary>Cosine similarity of two sparse frequency vectors; 0 when either is empty.</summary>
    public static double Cosine(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        double dot = 0, normA = 0, normB = 0;
        foreach (var (key, value) in a)
        {
            normA += value * value;
            if (b.TryGetValue(key, out var other))
            {
                dot += value * other;
            }
        }

        foreach (var value in b.Values)
        {
            normB += value * value;
        }

        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }

    /// <summary>Comma- or newline-separated entries, trimmed, blanks and repeats dropped.</summary>
    public static IReadOnlyList<string> SplitList(string? list) =>
        string.IsNullOrWhiteSpace(list)
            ? []
            : list.Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();

    private static MeasureResult Measure(VoiceMeasure measure, TextProfile draft, List<TextProfile> samples)
    {
        var values = samples.Select(s => s.Get(measure)).ToList();
        var (mean, min, max) = (values.Average(), values.Min(), values.Max());
        var value = draft.Get(measure);
        return new MeasureResult(measure, value, mean, min, max, Verdict(value, mean, min, max));
    }

    /// <summary>The share (0–1) of the scalar measures inside (full) or near (half) the samples' range: information, not part of Overall.</summary>
    public static double ShareInRange(IReadOnlyList<MeasureResult> measures) =>
        measures.Count == 0 ? 0 : measures.Sum(m => m.Verdict switch { VoiceVerdict.Inside => 1.0, VoiceVerdict.Near => 0.5, _ => 0 }) / measures.Count;

    private static Dictionary<string, double> MeanVector(IEnumerable<IReadOnlyDictionary<string, double>> vectors)
    {
        var sum = new Dictionary<string, double>(StringComparer.Ordinal);
        var count = 0;
        foreach (var vector in vectors)
        {
            count++;
            foreach (var (key, value) in vector)
            {
                sum[key] = sum.GetValueOrDefault(key) + value;
            }
        }

        foreach (var key in sum.Keys.ToList())
        {
            sum[key] /= count;
        }

        return sum;
    }

    private static List<AvoidedWordHit> FindAvoided(ProseText prose, IReadOnlyList<string> avoid)
    {
        var hits = new List<AvoidedWordHit>();
        if (avoid.Count == 0)
        {
            return hits;
        }

        // Normalise each entry once, not once per sentence; entries with no words (e.g. "!!") can never match.
        var phrases = avoid.Select(word => (Word: word, Phrase: Normalised(VoiceText.Words(word)))).Where(p => p.Phrase.Length > 2).ToList();
        foreach (var sentence in prose.Sentences)
        {
            var words = Normalised(sentence.Words);
            foreach (var (word, phrase) in phrases)
            {
                for (var at = words.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = words.IndexOf(phrase, at + 1, StringComparison.Ordinal))
                {
                    hits.Add(new AvoidedWordHit(word, sentence.Text));
                }
            }
        }

        return hits;
    }

    private static bool ContainsPhrase(string normalisedText, string phrase)
    {
        var normalisedPhrase = Normalised(VoiceText.Words(phrase));
        return normalisedPhrase.Length > 2 && normalisedText.Contains(normalisedPhrase, StringComparison.Ordinal);
    }

    // Words lower-cased and joined with single spaces, with a space at each end so a phrase only matches whole words.
    private static string Normalised(IEnumerable<string> words)
    {
        var text = new StringBuilder(" ");
        foreach (var word in words)
        {
            text.Append(word.ToLowerInvariant()).Append(' ');
        }

        return text.ToString();
    }

    private static List<CopiedPassage> FindCopies(ProseText draft, IReadOnlyList<VoiceSample> samples, List<ProseText> sampleProse)
    {
        // Case and punctuation do not matter: compare lower-cased words with apostrophes and hyphens removed.
        var draftWords = draft.Words.ToList();
        var draftKeys = draftWords.Select(CopyKey).ToArray();
        var sampleGrams = sampleProse.Select(p => new Grams(p.Words.Select(CopyKey).ToArray())).ToList();
        var draftGrams = new Grams(draftKeys);

        var copies = new List<CopiedPassage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i + CopyGuardWords <= draftKeys.Length)
        {
            var sample = sampleGrams.FindIndex(g => g.Contains(draftGrams, i));
            if (sample < 0)
            {
                i++;
                continue;
            }

            // Extend while the next window is still in the same sample: one passage, listed once.
            var end = i + CopyGuardWords;
            while (end < draftKeys.Length && sampleGrams[sample].Contains(draftGrams, end - CopyGuardWords + 1))
            {
                end++;
            }

            var text = string.Join(' ', draftWords.Skip(i).Take(end - i));
            if (seen.Add(text.ToLowerInvariant()))
            {
                copies.Add(new CopiedPassage(text, end - i, samples[sample].Name));
            }

            i = end;
        }

        return copies;
    }

    /// <summary>
    /// The runs of <see cref="CopyGuardWords"/> words of a text, found by a hash of their words and confirmed word
    /// by word, so a long sample costs no string per run.
    /// </summary>
    private sealed class Grams
    {
        private readonly string[] keys;
        private readonly ulong[] hashes;
        private readonly Dictionary<ulong, List<int>> starts = [];

        public Grams(string[] keys)
        {
            this.keys = keys;
            var words = keys.Select(Hash).ToArray();
            hashes = new ulong[Math.Max(0, keys.Length - CopyGuardWords + 1)];
            for (var i = 0; i < hashes.Length; i++)
            {
                var hash = 14695981039346656037UL;
                for (var j = 0; j < CopyGuardWords; j++)
                {
                    hash = (hash ^ words[i + j]) * 1099511628211UL;
                }

                hashes[i] = hash;
                if (!starts.TryGetValue(hash, out var list))
                {
                    starts[hash] = list = [];
                }

                list.Add(i);
            }
        }

        /// <summary>Whether the run of <paramref name="other"/> starting at <paramref name="at"/> is one of these.</summary>
        public bool Contains(Grams other, int at) =>
            starts.TryGetValue(other.hashes[at], out var candidates)
            && candidates.Exists(start => Same(start, other, at));

        private bool Same(int start, Grams other, int at)
        {
            for (var j = 0; j < CopyGuardWords; j++)
            {
                if (!string.Equals(keys[start + j], other.keys[at + j], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private static ulong Hash(string word)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in word)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            return hash;
        }
    }

    private static string CopyKey(string word) => word.Replace("'", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
