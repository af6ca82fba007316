using System.Globalization;
using OutsourceHub.Core.Clients;

namespace OutsourceHub.Core.Voice;

/// <summary>A revision point the owner can start from one line of a voice report, in the owner's words to the writer.</summary>
public sealed record VoicePoint(string Key, string Text);

/// <summary>A voice report in words a writer and an owner can act on: each figure with the samples' value beside it.</summary>
public static class VoiceReportText
{
    public const string PointOfViewKey = "point-of-view";

    private const int MaxQuote = 300;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Describe(MeasureResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var verdict = result.Verdict switch
        {
            VoiceVerdict.Inside => "in line with the samples",
            VoiceVerdict.Near => "close to the samples",
            _ => "unlike the samples",
        };
        return $"{Figures(result, "your samples")} {Capitalise(verdict)}.";
    }

    /// <summary>The key of the point a measure's line starts; only lines near or outside the samples offer one.</summary>
    public static string MeasureKey(VoiceMeasure measure) => measure.ToString();

    public static string AvoidedKey(int index) => "avoid-" + index.ToString(Invariant);

    public static string CopiedKey(int index) => "copy-" + index.ToString(Invariant);

    /// <summary>
    /// The points the report suggests, keyed by the line they come from: each measure near or outside the
    /// samples, a point of view other than the profile's, each word to avoid found, each copied passage.
    /// </summary>
    public static IReadOnlyList<VoicePoint> Points(VoiceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var points = report.Measures
            .Where(m => m.Verdict != VoiceVerdict.Inside)
            .Select(m => new VoicePoint(MeasureKey(m.Measure), $"{Figures(m, "my samples")} Bring it closer to the samples."))
            .ToList();
        if (!report.PointOfView.Matches)
        {
            points.Add(new VoicePoint(
                PointOfViewKey,
                $"Point of view: write in {PointOfViewText.Label(report.PointOfView.Expected)}; this draft reads as {PointOfViewText.Label(report.PointOfView.Found)}."));
        }

        points.AddRange(report.AvoidedWordsFound.Select((hit, i) =>
            new VoicePoint(AvoidedKey(i), $"“{hit.Word}” is on my list of words to avoid. Please rephrase: “{Quote(hit.Sentence)}”")));
        points.AddRange(report.CopiedPassages.Select((copy, i) =>
            new VoicePoint(CopiedKey(i), $"This passage is copied word for word from “{copy.SampleName}”. Please write it in your own words: “{Quote(copy.Text)}”")));
        return points;
    }

    /// <summary>What a measure is called on screen: "Sentence length".</summary>
    public static string Name(VoiceMeasure measure) => Words(measure).What;

    private static (string What, string Unit) Words(VoiceMeasure measure) => measure switch
    {
        VoiceMeasure.SentenceLengthMean => ("Sentence length", "words a sentence"),
        VoiceMeasure.SentenceLengthStdDev => ("Variety of sentence length", "words of spread"),
        VoiceMeasure.ParagraphLengthMean => ("Paragraph length", "sentences a paragraph"),
        VoiceMeasure.FirstPersonSingularPer100Words => ("“I, me, my”", "per 100 words"),
        VoiceMeasure.FirstPersonPluralPer100Words => ("“we, us, our”", "per 100 words"),
        VoiceMeasure.SecondPersonPer100Words => ("“you, your”", "per 100 words"),
        VoiceMeasure.ContractionsPer100Words => ("Contractions", "per 100 words"),
        VoiceMeasure.QuestionsPer100Sentences => ("Questions", "per 100 sentences"),
        VoiceMeasure.ExclamationsPer100Sentences => ("Exclamations", "per 100 sentences"),
        VoiceMeasure.FleschReadingEase => ("Reading ease (Flesch)", "points"),
        VoiceMeasure.FleschKincaidGrade => ("Reading grade", "school grade"),
        _ => (measure.ToString(), string.Empty),
    };

    private static string Figures(MeasureResult result, string whose)
    {
        var (what, unit) = Words(result.Measure);
        return $"{what}: {whose} average {Number(result.SampleMean)} {unit} ({Number(result.SampleMin)}–{Number(result.SampleMax)}); " +
            $"this draft {Number(result.Draft)}.";
    }

    /// <summary>A quotation short enough that the point stays well inside a point's length limit.</summary>
    private static string Quote(string text) => text.Length <= MaxQuote ? text : text[..MaxQuote].TrimEnd() + "…";

    private static string Number(double value) => value.ToString(Math.Abs(value) >= 10 ? "0" : "0.#", Invariant);

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
