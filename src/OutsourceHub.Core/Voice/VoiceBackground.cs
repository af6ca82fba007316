// What the voice match stands a draft against: writing in many other voices. See docs/voice-match.md.
using System.Reflection;

namespace OutsourceHub.Core.Voice;

/// <summary>One writer's texts in a background, as the share of each style token; its key names a client of the install.</summary>
public sealed record WritingVoice(string? Key, IReadOnlyList<IReadOnlyDictionary<string, double>> Texts);

/// <summary>
/// A background of writing in many voices, and what the voice match learns from it: the vocabulary of style tokens
/// (the <see cref="VocabularySize"/> most frequent words and marks), each token's mean and spread (so a token is
/// compared in standard deviations, as Burrows' Delta does), and each token's weight (how far apart voices are on it
/// against how much one voice varies on it). Its voices are the impostors a draft is set against
/// (<see cref="Impostors"/>). <see cref="Shipped"/> is learnt from the texts shipped with the app (Voice/Background/*.md).
/// </summary>
public sealed class VoiceBackground
{
    /// <summary>How many of the most frequent tokens are compared: words and marks every writer uses, not topics.</summary>
    public const int VocabularySize = 500;

    /// <summary>How many of an install's clients with two samples or more make its own writing the whole background.</summary>
    public const int MinInstallVoices = 8;

    /// <summary>A token's weight is its ratio of between-voice to within-voice variance raised to this power.</summary>
    public const double WeightPower = 0.5;

    /// <summary>How many comparisons the figure is the share of, each on a random half of the tokens.</summary>
    public const int Rounds = 100;

    /// <summary>The random halves are drawn once from this seed: the same inputs always give the same figure.</summary>
    public const int Seed = 2014;

    /// <summary>How many voices a draft is set against: those nearest the samples, the hardest to beat.</summary>
    public const int ImpostorCount = 20;

    private static readonly Lazy<VoiceBackground> ShippedBackground = new(LoadShipped);

    private readonly double[] mean;
    private readonly double[] spread;
    private readonly double[] weight;
    private readonly List<(string? Key, List<double[]> Points, List<double[]> Norms)> voices = [];
    private readonly int[][] halves;

    private VoiceBackground(string[] tokens, double[] mean, double[] spread, double[] weight)
    {
        Tokens = tokens;
        halves = Halves(tokens.Length, Rounds, Seed);
        this.mean = mean;
        this.spread = spread;
        this.weight = weight;
    }

    /// <summary>The background learnt from the texts shipped with the app.</summary>
    public static VoiceBackground Shipped => ShippedBackground.Value;

    /// <summary>The tokens compared, most frequent first.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>How many voices the background holds.</summary>
    public int VoiceCount => voices.Count;

    /// <summary>
    /// The background for an install whose clients' samples are <paramref name="installVoices"/> (one voice per
    /// client, keyed by it): those alone once <see cref="MinInstallVoices"/> clients have two texts or more, since an
    /// install's own writing is the register its drafts are written in; otherwise the shipped texts widened with them.
    /// </summary>
    public static VoiceBackground For(IReadOnlyList<WritingVoice> installVoices)
    {
        ArgumentNullException.ThrowIfNull(installVoices);
        if (installVoices.Count(v => v.Texts.Count >= 2) >= MinInstallVoices)
        {
            return From(installVoices);
        }

        return installVoices.Count == 0 ? Shipped : From([.. ShippedVoices(), .. installVoices]);
    }

    /// <summary>The shipped texts as voices of two halves each, as <see cref="From"/> takes them.</summary>
    public static IReadOnlyList<WritingVoice> ShippedVoices() =>
        ShippedTexts().Select(text => new WritingVoice(null, Halves(text).Select(h => (IReadOnlyDictionary<string, double>)StyleTokens.Frequencies(h)).ToList())).ToList();

    /// <summary>Learns a background from texts grouped by voice. Voices with two texts or more teach the weights.</summary>
    public static VoiceBackground From(IReadOnlyList<WritingVoice> voices, int vocabularySize = VocabularySize, double weightPower = WeightPower)
    {
        ArgumentNullException.ThrowIfNull(voices);
        var texts = voices.SelectMany(v => v.Texts).ToList();
        if (texts.Count < 2)
        {
            throw new ArgumentException("A background needs two texts or more.", nameof(voices));
        }

        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var (token, share) in text)
            {
                totals[token] = totals.GetValueOrDefault(token) + share;
            }
        }

        var tokens = totals.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(vocabularySize).Select(t => t.Key).ToArray();
        var mean = new double[tokens.Length];
        var spread = new double[tokens.Length];
        for (var k = 0; k < tokens.Length; k++)
        {
            var values = texts.Select(t => t.GetValueOrDefault(tokens[k])).ToList();
            mean[k] = values.Average();
            var sd = Math.Sqrt(values.Sum(v => (v - mean[k]) * (v - mean[k])) / values.Count);
            spread[k] = sd > 0 ? sd : 1e-9;
        }

        var weight = Weights(tokens, voices.Where(v => v.Texts.Count >= 2).ToList(), mean, spread, weightPower);
        var background = new VoiceBackground(tokens, mean, spread, weight);
        foreach (var voice in voices.Where(v => v.Texts.Count > 0))
        {
            var points = voice.Texts.Select(background.Point).ToList();
            background.voices.Add((voice.Key, points, points.Select(p => Norms(p, background.halves)).ToList()));
        }

        return background;
    }

    /// <summary>A text's point in the compared space: each token's share in standard deviations, times its weight.</summary>
    public double[] Point(IReadOnlyDictionary<string, double> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var point = new double[Tokens.Count];
        for (var k = 0; k < point.Length; k++)
        {
            point[k] = (shares.GetValueOrDefault(Tokens[k]) - mean[k]) / spread[k] * weight[k];
        }

        return point;
    }

    /// <summary>
    /// How alike a draft and a set of samples are: the mean, over the samples, of the cosine between the draft's point
    /// and the sample's (cosine Delta, weighted). Around 0 for unrelated writing, 1 for the same text.
    /// </summary>
    public static double Similarity(double[] draft, IReadOnlyList<double[]> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return samples.Count == 0 ? 0 : samples.Average(s => Cosine(draft, s));
    }

    /// <summary>
    /// The voice match's figure, the impostors method (Koppel and Winter 2014): over <see cref="Rounds"/> comparisons,
    /// each on a random half of the tokens (the same halves for every draft), the share in which the draft is nearer
    /// the samples than it is to each of the <see cref="ImpostorCount"/> background voices nearest the samples. The
    /// voice keyed <paramref name="ownKey"/> (the client's own samples in the install's background) is left out.
    /// </summary>
    public double Impostors(double[] draft, IReadOnlyList<double[]> samples, string? ownKey)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(samples);
        var others = voices
            .Where(v => ownKey is null || v.Key != ownKey)
            .Select(v => (Voice: v, Nearness: samples.Average(s => Similarity(s, v.Points))))
            .OrderByDescending(v => v.Nearness)
            .Take(ImpostorCount)
            .Select(v => ((IReadOnlyList<double[]>)v.Voice.Points, (IReadOnlyList<double[]>)v.Voice.Norms))
            .ToList();
        return Impostors(draft, samples, others, halves);
    }

    /// <summary>
    /// Each round, the draft wins when its mean cosine to the samples beats its mean cosine to every other voice's
    /// texts. The squared norms of each text on each round's tokens are worked out once (the background's when it is
    /// made), so a round costs one dot product per text.
    /// </summary>
    private static double Impostors(
        double[] draft, IReadOnlyList<double[]> samples, IReadOnlyList<(IReadOnlyList<double[]> Points, IReadOnlyList<double[]> Norms)> others, int[][] halves)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            return 0;
        }

        var draftNorms = Norms(draft, halves);
        var sampleNorms = samples.Select(s => Norms(s, halves)).ToList();
        var wins = 0;
        for (var round = 0; round < halves.Length; round++)
        {
            var half = halves[round];
            var mine = 0.0;
            for (var s = 0; s < samples.Count; s++)
            {
                mine += Cosine(draft, samples[s], half, draftNorms[round], sampleNorms[s][round]);
            }

            mine /= samples.Count;
            var beaten = true;
            foreach (var (points, norms) in others)
            {
                var theirs = 0.0;
                for (var t = 0; t < points.Count; t++)
                {
                    theirs += Cosine(draft, points[t], half, draftNorms[round], norms[t][round]);
                }

                if (theirs / points.Count >= mine)
                {
                    beaten = false;
                    break;
                }
            }

            if (beaten)
            {
                wins++;
            }
        }

        return (double)wins / halves.Length;
    }

    /// <summary>A point's squared norm on each round's tokens.</summary>
    private static double[] Norms(double[] point, int[][] halves) =>
        halves.Select(half =>
        {
            var norm = 0.0;
            foreach (var i in half)
            {
                norm += point[i] * point[i];
            }

            return norm;
        }).ToArray();

    /// <summary>For each round, the indices of a random half of the tokens: the same for every draft.</summary>
    private static int[][] Halves(int tokens, int rounds, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, rounds)
            .Select(_ => Enumerable.Range(0, tokens).Where(_ => random.Next(2) == 0).ToArray())
            .ToArray();
    }

    /// <summary>
    /// The tokens that moved the similarity most: those where the draft and the samples lean the same way from other
    /// writing (closer) and those where they lean apart (farther), <paramref name="count"/> of each, with each side's
    /// rate per 1,000 tokens.
    /// </summary>
    public IReadOnlyList<StyleDriver> Drivers(
        IReadOnlyDictionary<string, double> draftShares,
        double[] draft,
        IReadOnlyList<IReadOnlyDictionary<string, double>> sampleShares,
        IReadOnlyList<double[]> samplePoints,
        int count)
    {
        ArgumentNullException.ThrowIfNull(draftShares);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(sampleShares);
        ArgumentNullException.ThrowIfNull(samplePoints);
        if (sampleShares.Count == 0)
        {
            return [];
        }

        var contributions = new (int Index, double Value)[Tokens.Count];
        for (var k = 0; k < contributions.Length; k++)
        {
            var sampleMean = 0.0;
            foreach (var point in samplePoints)
            {
                sampleMean += point[k];
            }

            contributions[k] = (k, draft[k] * sampleMean / samplePoints.Count);
        }

        StyleDriver Driver((int Index, double Value) c) => new(
            Tokens[c.Index],
            1000 * draftShares.GetValueOrDefault(Tokens[c.Index]),
            1000 * sampleShares.Average(s => s.GetValueOrDefault(Tokens[c.Index])),
            1000 * mean[c.Index],
            c.Value > 0);
        return
        [
            .. contributions.Where(c => c.Value > 0).OrderByDescending(c => c.Value).Take(count).Select(Driver),
            .. contributions.Where(c => c.Value < 0).OrderBy(c => c.Value).Take(count).Select(Driver),
        ];
    }

    public static double Cosine(double[] a, double[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        double dot = 0, normA = 0, normB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }

        return normA == 0 || normB == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }

    /// <summary>The texts shipped with the app as the background, read as prose.</summary>
    public static IReadOnlyList<ProseText> ShippedTexts()
    {
        var assembly = typeof(VoiceBackground).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Voice.Background.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Read(assembly, name))
            .ToList();
    }

    /// <summary>A text's paragraphs in two halves of about equal length.</summary>
    public static IReadOnlyList<ProseText> Halves(ProseText prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var total = prose.Words.Count();
        var first = new List<IReadOnlyList<ProseSentence>>();
        var second = new List<IReadOnlyList<ProseSentence>>();
        var seen = 0;
        foreach (var paragraph in prose.Paragraphs)
        {
            (seen < total / 2 ? first : second).Add(paragraph);
            seen += paragraph.Sum(s => s.Words.Count);
        }

        return second.Count == 0 ? [prose] : [new ProseText(first), new ProseText(second)];
    }

    private static double Cosine(double[] a, double[] b, int[] indices, double normA, double normB)
    {
        if (normA == 0 || normB == 0)
        {
            return 0;
        }

        var dot = 0.0;
        foreach (var i in indices)
        {
            dot += a[i] * b[i];
        }

        return dot / Math.Sqrt(normA * normB);
    }

    /// <summary>Fisher's ratio per token (between-voice over within-voice variance, in standard deviations), to the power given.</summary>
    private static double[] Weights(string[] tokens, List<WritingVoice> voices, double[] mean, double[] spread, double power)
    {
        var weight = new double[tokens.Length];
        if (voices.Count < 2)
        {
            Array.Fill(weight, 1.0);
            return weight;
        }

        for (var k = 0; k < tokens.Length; k++)
        {
            var voiceMeans = new double[voices.Count];
            double within = 0;
            for (var v = 0; v < voices.Count; v++)
            {
                var values = voices[v].Texts.Select(t => (t.GetValueOrDefault(tokens[k]) - mean[k]) / spread[k]).ToList();
                voiceMeans[v] = values.Average();
                within += values.Sum(x => (x - voiceMeans[v]) * (x - voiceMeans[v])) / values.Count;
            }

            within /= voices.Count;
            var grand = voiceMeans.Average();
            var between = voiceMeans.Sum(m => (m - grand) * (m - grand)) / voices.Count;
            weight[k] = Math.Pow(between / (within + 1e-9), power);
        }

        return weight;
    }

    /// <summary>The shipped texts, each split into two halves by paragraph: one voice with two texts, to learn the weights from.</summary>
    private static VoiceBackground LoadShipped() => From(ShippedVoices());

    private static ProseText Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}.");
        using var reader = new StreamReader(stream);
        return VoiceText.Parse(reader.ReadToEnd());
    }
}

/// <summary>
/// A word or mark that moved the voice match: its rate per 1,000 tokens in the draft, in the samples and in other
/// writing, and whether it brought the draft closer to the samples or took it farther.
/// </summary>
public sealed record StyleDriver(string Token, double DraftPerThousand, double SamplesPerThousand, double OthersPerThousand, bool Closer);
