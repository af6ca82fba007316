// What the voice match stands a draft against: writing in many other voices. See docs/voice-match.md.
using System.Reflection;

namespace OutsourceHub.Core.Voice;

/// <summary>
/// A background of writing in many voices, and what the voice match learns from it: the vocabulary of style tokens
/// (the <see cref="VocabularySize"/> most frequent words and marks), each token's mean and spread (so a token is
/// compared in standard deviations, as Burrows' Delta does), each token's weight (how far apart voices are on it
/// against how much one voice varies on it), and how similar a text by someone else usually is to a set of samples
/// (<see cref="NullMean"/>, <see cref="NullSpread"/>), which turns a similarity into a share of other writing.
/// <see cref="Shipped"/> is learnt from the texts shipped with the app (Voice/Background/*.md).
/// </summary>
public sealed class VoiceBackground
{
    /// <summary>How many of the most frequent tokens are compared: words and marks every writer uses, not topics.</summary>
    public const int VocabularySize = 500;

    /// <summary>How many of an install's clients with two samples or more make its own writing the whole background.</summary>
    public const int MinInstallVoices = 8;

    /// <summary>A token's weight is its ratio of between-voice to within-voice variance raised to this power.</summary>
    public const double WeightPower = 0.5;

    private static readonly Lazy<VoiceBackground> ShippedBackground = new(LoadShipped);

    private readonly Dictionary<string, int> index;
    private readonly double[] mean;
    private readonly double[] spread;
    private readonly double[] weight;

    private VoiceBackground(string[] tokens, double[] mean, double[] spread, double[] weight)
    {
        Tokens = tokens;
        index = tokens.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        this.mean = mean;
        this.spread = spread;
        this.weight = weight;
    }

    /// <summary>The background learnt from the texts shipped with the app.</summary>
    public static VoiceBackground Shipped => ShippedBackground.Value;

    /// <summary>
    /// The background for an install whose clients' samples are <paramref name="installVoices"/> (one list per client):
    /// those alone once <see cref="MinInstallVoices"/> clients have two texts or more, since an install's own writing
    /// is the register its drafts are written in; otherwise the shipped texts widened with them.
    /// </summary>
    public static VoiceBackground For(IReadOnlyList<IReadOnlyList<IReadOnlyDictionary<string, double>>> installVoices)
    {
        ArgumentNullException.ThrowIfNull(installVoices);
        if (installVoices.Count(v => v.Count >= 2) >= MinInstallVoices)
        {
            return From(installVoices);
        }

        return installVoices.Count == 0 ? Shipped : From([.. ShippedVoices(), .. installVoices]);
    }

    /// <summary>The shipped texts as voices of two halves each, as <see cref="From"/> takes them.</summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyDictionary<string, double>>> ShippedVoices() =>
        ShippedTexts().Select(text => (IReadOnlyList<IReadOnlyDictionary<string, double>>)Halves(text).Select(h => (IReadOnlyDictionary<string, double>)StyleTokens.Frequencies(h)).ToList()).ToList();

    /// <summary>The tokens compared, most frequent first.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The mean similarity of a text by another writer to a set of samples.</summary>
    public double NullMean { get; private set; }

    /// <summary>The standard deviation of that similarity.</summary>
    public double NullSpread { get; private set; }

    /// <summary>How many texts the background holds.</summary>
    public int TextCount { get; private set; }

    /// <summary>
    /// Learns a background from texts grouped by voice (one list per writer, each text's token shares as
    /// <see cref="StyleTokens.Frequencies(ProseText)"/> gives them). Voices with two texts or more teach the weights.
    /// </summary>
    public static VoiceBackground From(
        IReadOnlyList<IReadOnlyList<IReadOnlyDictionary<string, double>>> voices, int vocabularySize = VocabularySize, double weightPower = WeightPower)
    {
        ArgumentNullException.ThrowIfNull(voices);
        var texts = voices.SelectMany(v => v).ToList();
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

        var weight = Weights(tokens, voices.Where(v => v.Count >= 2).ToList(), mean, spread, weightPower);
        var background = new VoiceBackground(tokens, mean, spread, weight) { TextCount = texts.Count };
        (background.NullMean, background.NullSpread) = background.NullDistribution(voices);
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
    public double Similarity(double[] draft, IReadOnlyList<double[]> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return samples.Count == 0 ? 0 : samples.Average(s => Cosine(draft, s));
    }

    /// <summary>
    /// The tokens that moved the similarity most: those where the draft and the samples lean the same way from other
    /// writing (closer) and those where they lean apart (farther), <paramref name="count"/> of each, with each side's
    /// rate per 1,000 tokens.
    /// </summary>
    public IReadOnlyList<StyleDriver> Drivers(
        IReadOnlyDictionary<string, double> draftShares, IReadOnlyList<IReadOnlyDictionary<string, double>> sampleShares, int count)
    {
        ArgumentNullException.ThrowIfNull(draftShares);
        ArgumentNullException.ThrowIfNull(sampleShares);
        if (sampleShares.Count == 0)
        {
            return [];
        }

        var draft = Point(draftShares);
        var samplePoints = sampleShares.Select(Point).ToList();
        var contributions = Enumerable.Range(0, Tokens.Count)
            .Select(k => (Index: k, Value: draft[k] * samplePoints.Average(p => p[k])))
            .ToList();
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

    /// <summary>
    /// The share (0–100) of other writing that sits farther from the samples than a text with this similarity does:
    /// where it falls in the background's distribution of similarities between different writers.
    /// </summary>
    public int ShareOfOtherWriting(double similarity) =>
        (int)Math.Round(100 * NormalCdf((similarity - NullMean) / NullSpread), MidpointRounding.AwayFromZero);

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

    /// <summary>The standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7).</summary>
    public static double NormalCdf(double z)
    {
        var x = Math.Abs(z) / Math.Sqrt(2);
        var t = 1 / (1 + (0.3275911 * x));
        var erf = 1 - ((((((1.061405429 * t) - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }

    /// <summary>Fisher's ratio per token (between-voice over within-voice variance, in standard deviations), to the power given.</summary>
    private static double[] Weights(
        string[] tokens, List<IReadOnlyList<IReadOnlyDictionary<string, double>>> voices, double[] mean, double[] spread, double power)
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
                var values = voices[v].Select(t => (t.GetValueOrDefault(tokens[k]) - mean[k]) / spread[k]).ToList();
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

    /// <summary>
    /// Every text of every voice scored against every other voice's texts (as a set of samples): how similar someone
    /// else's writing is to samples, in the mean and its spread.
    /// </summary>
    private (double Mean, double Spread) NullDistribution(IReadOnlyList<IReadOnlyList<IReadOnlyDictionary<string, double>>> voices)
    {
        var points = voices.Where(v => v.Count > 0).Select(v => v.Select(Point).ToList()).ToList();
        var values = new List<double>();
        for (var v = 0; v < points.Count; v++)
        {
            foreach (var text in points[v])
            {
                for (var w = 0; w < points.Count; w++)
                {
                    if (w != v)
                    {
                        values.Add(Similarity(text, points[w]));
                    }
                }
            }
        }

        if (values.Count < 2)
        {
            return (0, 1);
        }

        var m = values.Average();
        var sd = Math.Sqrt(values.Sum(x => (x - m) * (x - m)) / values.Count);
        return (m, sd > 0 ? sd : 1);
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

    /// <summary>The shipped texts, each split into two halves by paragraph: one voice with two texts, to learn the weights from.</summary>
    private static VoiceBackground LoadShipped() => From(ShippedVoices());

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
