using System.Globalization;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Cli;

/// <summary>
/// `voice-eval --corpus DIR [--samples N]`: how well the voice match tells writers apart on a corpus laid out as a
/// folder per author (<c>piece-NN.txt</c> or <c>.md</c>, or <c>sample*</c> and <c>heldout*</c>) and an <c>authors.tsv</c> (folder, group, …; authors in one group
/// are close pairs). Each author's first N pieces (3) are the samples; every other piece is scored against every
/// author's samples. Prints, per method, the AUC of an author's own held-out piece above another author's piece
/// (scored against the same samples), the same for close pairs only, and rank-1 attribution (the author whose
/// samples score a piece highest is its author). Cosine and Burrows' Delta are the textbook references.
/// <c>--grid</c> prints instead how the figures move with the method's two hand-set numbers.
/// </summary>
public static class VoiceEvalCommand
{
    public const string Name = "voice-eval";

    /// <summary>The most frequent words the textbook Deltas compare (Burrows 2002; Evert et al. 2017).</summary>
    public const int DeltaWords = 150;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        string? corpus = null;
        var sampleCount = 3;
        var grid = false;
        for (var i = 1; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--corpus" when value is not null:
                    corpus = value;
                    i++;
                    break;
                case "--grid":
                    grid = true;
                    break;
                case "--samples" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n > 0:
                    sampleCount = n;
                    i++;
                    break;
                default:
                    error.WriteLine($"Unknown or incomplete option: {args[i]}");
                    return VoiceMatchCommand.Usage;
            }
        }

        if (corpus is null || !File.Exists(Path.Combine(corpus, "authors.tsv")))
        {
            error.WriteLine("Usage: voice-eval --corpus DIR [--samples N] [--grid], where DIR holds authors.tsv and a folder per author.");
            return VoiceMatchCommand.Usage;
        }

        var authors = ReadCorpus(corpus, sampleCount);
        foreach (var line in grid ? Grid(authors) : Evaluate(authors))
        {
            output.WriteLine(line);
        }

        return VoiceMatchCommand.Ok;
    }

    /// <summary>One author of the corpus: their group, their samples and their held-out pieces.</summary>
    public sealed record Author(string Folder, string Group, IReadOnlyList<string> Samples, IReadOnlyList<string> HeldOut);

    /// <summary>The table, a line per method, as Markdown.</summary>
    public static IReadOnlyList<string> Evaluate(IReadOnlyList<Author> authors)
    {
        ArgumentNullException.ThrowIfNull(authors);
        var held = authors.SelectMany(a => a.HeldOut.Select(text => (Author: a, Text: text))).ToList();
        var samples = authors.ToDictionary(a => a.Folder, a => a.Samples.Select(s => VoiceSample.From(a.Folder, s)).ToList());

        // The app as an install of these authors (one client each) runs it, VoiceBackground.For; and, beside it, the
        // shipped background alone and widened with every author's samples.
        var installVoices = authors.Select(a => new WritingVoice(a.Folder, a.Samples.Select(s => (IReadOnlyDictionary<string, double>)StyleTokens.Frequencies(s)).ToList())).ToList();
        var widened = VoiceBackground.From([.. VoiceBackground.ShippedVoices(), .. installVoices]);
        var install = VoiceBackground.For(installVoices);
        var reports = new Dictionary<(int Piece, string Owner), (VoiceReport Shipped, VoiceReport Widened, VoiceReport Install)>();
        for (var i = 0; i < held.Count; i++)
        {
            foreach (var owner in authors)
            {
                reports[(i, owner.Folder)] = (
                    VoiceAnalyzer.Analyze(held[i].Text, samples[owner.Folder], VoiceProfile.Empty, VoiceBackground.Shipped),
                    VoiceAnalyzer.Analyze(held[i].Text, samples[owner.Folder], VoiceProfile.Empty, widened, owner.Folder),
                    VoiceAnalyzer.Analyze(held[i].Text, samples[owner.Folder], VoiceProfile.Empty, install, owner.Folder));
            }
        }

        var delta = new TextbookDelta(authors, held.Select(h => h.Text).ToList(), DeltaWords);
        var methods = new (string Name, Func<int, string, double> Score)[]
        {
            ("the app's overall, as an install of these authors runs it (the figure shown)", (i, o) => reports[(i, o)].Install.Overall),
            ("the same figure, ties broken by the similarity behind it", (i, o) => reports[(i, o)].Install.Overall + (reports[(i, o)].Install.Similarity / 1000)),
            ("the similarity behind that figure", (i, o) => reports[(i, o)].Install.Similarity),
            ("the app's overall on the shipped background alone", (i, o) => reports[(i, o)].Shipped.Overall),
            ("the similarity behind it", (i, o) => reports[(i, o)].Shipped.Similarity),
            ("the app's overall, shipped background widened with every author's samples", (i, o) => reports[(i, o)].Widened.Overall),
            ("the similarity behind it", (i, o) => reports[(i, o)].Widened.Similarity),
            ("function-word similarity alone (information)", (i, o) => reports[(i, o)].Shipped.FunctionWordSimilarity),
            ("3-gram similarity alone (information)", (i, o) => reports[(i, o)].Shipped.TrigramSimilarity),
            ("measures in the samples' range (information)", (i, o) => VoiceAnalyzer.ShareInRange(reports[(i, o)].Shipped.Measures)),
            ($"Burrows' Delta, {DeltaWords} most frequent words", (i, o) => -delta.Burrows(i, o)),
            ($"cosine Delta, {DeltaWords} most frequent words", (i, o) => delta.Cosine(i, o)),
        };

        var lines = new List<string>
        {
            $"{authors.Count} authors, {authors.Sum(a => a.Samples.Count)} samples, {held.Count} held-out pieces",
            string.Empty,
            "| method | AUC: own held-out above another author's piece | close pairs only | rank-1 attribution |",
            "|---|---:|---:|---:|",
        };
        foreach (var (name, score) in methods)
        {
            var (auc, close, rank1) = Measure(authors, held.Select(h => h.Author).ToList(), score);
            var closeText = double.IsNaN(close) ? "—" : close.ToString("0.000", CultureInfo.InvariantCulture);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {name} | {auc:0.000} | {closeText} | {rank1:0 %} |"));
        }

        return lines;
    }

    /// <summary>
    /// How the figures move with the two settings chosen by hand (the vocabulary's size and the weights' power), the
    /// background learnt from the install's samples as <see cref="VoiceBackground.For"/> would: a choice on a flat
    /// stretch, not a sharp peak, is one that carries to other writers.
    /// </summary>
    public static IReadOnlyList<string> Grid(IReadOnlyList<Author> authors)
    {
        ArgumentNullException.ThrowIfNull(authors);
        var held = authors.SelectMany(a => a.HeldOut.Select(text => (Author: a, Prose: VoiceText.Parse(text)))).ToList();
        var voices = authors.Select(a => new WritingVoice(a.Folder, a.Samples.Select(s => (IReadOnlyDictionary<string, double>)StyleTokens.Frequencies(s)).ToList())).ToList();
        var heldShares = held.Select(h => StyleTokens.Frequencies(h.Prose)).ToList();
        var lines = new List<string> { "| tokens | weight power | AUC | close pairs | rank-1 |", "|---:|---:|---:|---:|---:|" };
        foreach (var size in new[] { 150, 300, 500, 700, 1000 })
        {
            foreach (var power in new[] { 0.0, 0.3, 0.5, 0.7, 1.0 })
            {
                var background = VoiceBackground.From(voices, size, power);
                var samplePoints = voices.Select(v => v.Texts.Select(background.Point).ToList()).ToList();
                var heldPoints = heldShares.Select(background.Point).ToList();
                var index = authors.Select((a, i) => (a.Folder, i)).ToDictionary(x => x.Folder, x => x.i);
                var (auc, close, rank1) = Measure(authors, held.Select(h => h.Author).ToList(), (i, o) => VoiceBackground.Similarity(heldPoints[i], samplePoints[index[o]]));
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {size} | {power:0.0} | {auc:0.000} | {close:0.000} | {rank1:0 %} |"));
            }
        }

        return lines;
    }

    /// <summary>
    /// AUC over every pair of an owner's own held-out piece and another author's piece, both scored against that
    /// owner's samples (ties count half); the same over pairs whose other author shares the owner's group; and the
    /// share of pieces whose best-scoring samples are their author's.
    /// </summary>
    public static (double Auc, double ClosePairs, double RankOne) Measure(IReadOnlyList<Author> authors, IReadOnlyList<Author> pieceAuthors, Func<int, string, double> score)
    {
        ArgumentNullException.ThrowIfNull(authors);
        ArgumentNullException.ThrowIfNull(pieceAuthors);
        ArgumentNullException.ThrowIfNull(score);
        double wins = 0, pairs = 0, closeWins = 0, closePairs = 0;
        foreach (var owner in authors)
        {
            var own = Enumerable.Range(0, pieceAuthors.Count).Where(i => pieceAuthors[i] == owner).Select(i => score(i, owner.Folder)).ToList();
            var others = Enumerable.Range(0, pieceAuthors.Count).Where(i => pieceAuthors[i] != owner).Select(i => (Score: score(i, owner.Folder), pieceAuthors[i].Group)).ToList();
            foreach (var mine in own)
            {
                foreach (var (theirs, group) in others)
                {
                    var win = mine > theirs ? 1 : mine == theirs ? 0.5 : 0;
                    wins += win;
                    pairs++;
                    if (group == owner.Group)
                    {
                        closeWins += win;
                        closePairs++;
                    }
                }
            }
        }

        var correct = Enumerable.Range(0, pieceAuthors.Count).Count(i => authors.MaxBy(a => score(i, a.Folder)) == pieceAuthors[i]);
        return (wins / pairs, closePairs == 0 ? double.NaN : closeWins / closePairs, (double)correct / pieceAuthors.Count);
    }

    public static IReadOnlyList<Author> ReadCorpus(string corpus, int sampleCount)
    {
        var authors = new List<Author>();
        foreach (var line in File.ReadLines(Path.Combine(corpus, "authors.tsv")))
        {
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            var folder = Path.Combine(corpus, fields[0]);
            var group = fields.Length > 1 ? fields[1] : fields[0];
            var pieces = Read(folder, "piece-*");
            authors.Add(pieces.Count > 0
                ? new Author(fields[0], group, pieces.Take(sampleCount).ToList(), pieces.Skip(sampleCount).ToList())
                : new Author(fields[0], group, Read(folder, "sample*"), Read(folder, "heldout*")));
        }

        return authors;

        // piece-NN files, the first N the samples; or, as the repository's own corpus has them, sample* and heldout*.
        static List<string> Read(string folder, string pattern) =>
            Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
    }

    /// <summary>
    /// Burrows' Delta and cosine Delta on the most frequent words of the samples, each word's share in standard
    /// deviations across the samples; the samples' mean is the author's point.
    /// </summary>
    private sealed class TextbookDelta
    {
        private readonly string[] words;
        private readonly double[] mean;
        private readonly double[] spread;
        private readonly Dictionary<string, double[]> authorPoints;
        private readonly List<double[]> piecePoints;

        /// <summary>The vocabulary and spreads from every author's samples; each author's point and each piece's, once.</summary>
        public TextbookDelta(IReadOnlyList<Author> authors, IReadOnlyList<string> pieces, int count)
        {
            var shares = authors.SelectMany(a => a.Samples).Select(Shares).ToList();
            words = shares.SelectMany(s => s).GroupBy(s => s.Key).OrderByDescending(g => g.Sum(x => x.Value)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(count).Select(g => g.Key).ToArray();
            mean = words.Select(w => shares.Average(s => s.GetValueOrDefault(w))).ToArray();
            spread = words.Select((w, k) => Math.Sqrt(shares.Average(s => Math.Pow(s.GetValueOrDefault(w) - mean[k], 2)))).Select(sd => sd > 0 ? sd : 1e-9).ToArray();
            authorPoints = authors.ToDictionary(a => a.Folder, a => AuthorPoint(a.Samples));
            piecePoints = pieces.Select(Point).ToList();
        }

        public double Burrows(int piece, string author) =>
            piecePoints[piece].Zip(authorPoints[author], (x, y) => Math.Abs(x - y)).Average();

        public double Cosine(int piece, string author) => VoiceBackground.Cosine(piecePoints[piece], authorPoints[author]);

        private double[] AuthorPoint(IReadOnlyList<string> samples)
        {
            var points = samples.Select(Point).ToList();
            return Enumerable.Range(0, words.Length).Select(k => points.Average(p => p[k])).ToArray();
        }

        private double[] Point(string text)
        {
            var shares = Shares(text);
            return words.Select((w, k) => (shares.GetValueOrDefault(w) - mean[k]) / spread[k]).ToArray();
        }

        private static Dictionary<string, double> Shares(string text)
        {
            var all = VoiceText.Parse(text).Words.Select(w => w.ToLowerInvariant()).ToList();
            return all.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (double)g.Count() / all.Count, StringComparer.Ordinal);
        }
    }
}
