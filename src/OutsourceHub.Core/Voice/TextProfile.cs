// The stylometric fingerprint of one text: computed once per sample and meant to be stored as JSON.
namespace OutsourceHub.Core.Voice;

/// <summary>Style measures of one text; a plain record so it can be serialised and stored with its sample.</summary>
public sealed record TextProfile
{
    public int WordCount { get; init; }

    public int SentenceCount { get; init; }

    public int ParagraphCount { get; init; }

    /// <summary>Mean sentence length in words.</summary>
    public double SentenceLengthMean { get; init; }

    /// <summary>Population standard deviation of sentence length in words.</summary>
    public double SentenceLengthStdDev { get; init; }

    /// <summary>Mean number of sentences per paragraph.</summary>
    public double ParagraphLengthMean { get; init; }

    public double FirstPersonSingularPer100Words { get; init; }

    public double FirstPersonPluralPer100Words { get; init; }

    public double SecondPersonPer100Words { get; init; }

    public double ContractionsPer100Words { get; init; }

    public double QuestionsPer100Sentences { get; init; }

    public double ExclamationsPer100Sentences { get; init; }

    public double FleschReadingEase { get; init; }

    public double FleschKincaidGrade { get; init; }

    /// <summary>Share of all words taken by each word of <see cref="VoiceText.FunctionWords"/> (0–1), keyed by the word.</summary>
    public IReadOnlyDictionary<string, double> FunctionWordFrequencies { get; init; } = new Dictionary<string, double>();

    /// <summary>Share of each character 3-gram (lower-case letters and single spaces), keyed by the 3-gram.</summary>
    public IReadOnlyDictionary<string, double> TrigramFrequencies { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// Share of each word and mark (<see cref="StyleTokens"/>), what the voice match compares; empty in a profile
    /// stored before it was measured, when the text is read again instead.
    /// </summary>
    public IReadOnlyDictionary<string, double> StyleTokenFrequencies { get; init; } = new Dictionary<string, double>();

    /// <summary>The value of one scalar measure, so reports and primers can loop over them.</summary>
    public double Get(VoiceMeasure measure) => measure switch
    {
        VoiceMeasure.SentenceLengthMean => SentenceLengthMean,
        VoiceMeasure.SentenceLengthStdDev => SentenceLengthStdDev,
        VoiceMeasure.ParagraphLengthMean => ParagraphLengthMean,
        VoiceMeasure.FirstPersonSingularPer100Words => FirstPersonSingularPer100Words,
        VoiceMeasure.FirstPersonPluralPer100Words => FirstPersonPluralPer100Words,
        VoiceMeasure.SecondPersonPer100Words => SecondPersonPer100Words,
        VoiceMeasure.ContractionsPer100Words => ContractionsPer100Words,
        VoiceMeasure.QuestionsPer100Sentences => QuestionsPer100Sentences,
        VoiceMeasure.ExclamationsPer100Sentences => ExclamationsPer100Sentences,
        VoiceMeasure.FleschReadingEase => FleschReadingEase,
        VoiceMeasure.FleschKincaidGrade => FleschKincaidGrade,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };
}

/// <summary>The scalar style measures a draft is compared on.</summary>
public enum VoiceMeasure
{
    SentenceLengthMean,
    SentenceLengthStdDev,
    ParagraphLengthMean,
    FirstPersonSingularPer100Words,
    FirstPersonPluralPer100Words,
    SecondPersonPer100Words,
    ContractionsPer100Words,
    QuestionsPer100Sentences,
    ExclamationsPer100Sentences,
    FleschReadingEase,
    FleschKincaidGrade,
}
