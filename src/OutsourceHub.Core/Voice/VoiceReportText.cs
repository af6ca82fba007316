using System.Globalization;

namespace OutsourceHub.Core.Voice;

/// <summary>A voice report in words a writer and an owner can act on: each figure with the samples' value beside it.</summary>
public static class VoiceReportText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Describe(MeasureResult result)
    {
        var (what, unit) = result.Measure switch
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
            _ => (result.Measure.ToString(), string.Empty),
        };
        var verdict = result.Verdict switch
        {
            VoiceVerdict.Inside => "in line with the samples",
            VoiceVerdict.Near => "close to the samples",
            _ => "unlike the samples",
        };
        return $"{what}: your samples average {Number(result.SampleMean)} {unit} ({Number(result.SampleMin)}–{Number(result.SampleMax)}); " +
            $"this draft {Number(result.Draft)}. {Capitalise(verdict)}.";
    }

    private static string Number(double value) => value.ToString(Math.Abs(value) >= 10 ? "0" : "0.#", Invariant);

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
