using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Tests.Voice;

public sealed class VoiceReportTextTests
{
    [Fact]
    public void A_figure_reads_in_words_with_the_samples_value_beside_it()
    {
        var line = VoiceReportText.Describe(new MeasureResult(VoiceMeasure.SentenceLengthMean, 27, 14, 12, 16, VoiceVerdict.Outside));

        Assert.Equal("Sentence length: your samples average 14 words a sentence (12–16); this draft 27. Unlike the samples.", line);
    }

    [Fact]
    public void Small_rates_keep_one_decimal()
    {
        var line = VoiceReportText.Describe(new MeasureResult(VoiceMeasure.ContractionsPer100Words, 2.5, 3.25, 2, 4.5, VoiceVerdict.Inside));

        Assert.Equal("Contractions: your samples average 3.3 per 100 words (2–4.5); this draft 2.5. In line with the samples.", line);
    }

    [Fact]
    public void Only_lines_that_need_work_offer_a_point_in_the_owners_words()
    {
        var report = Report(
            [
                new MeasureResult(VoiceMeasure.SentenceLengthMean, 27, 14, 12, 16, VoiceVerdict.Outside),
                new MeasureResult(VoiceMeasure.ContractionsPer100Words, 2.5, 3.25, 2, 4.5, VoiceVerdict.Inside),
            ],
            new PointOfViewCheck(PointOfView.FirstPersonSingular, PointOfView.ThirdPerson),
            [new AvoidedWordHit("synergy", "Our synergy grows.")],
            [new CopiedPassage("one two three four five six seven eight", 8, "The Sunday Pour")]);

        var points = VoiceReportText.Points(report);

        Assert.Equal(
            [
                new VoicePoint("SentenceLengthMean", "Sentence length: my samples average 14 words a sentence (12–16); this draft 27. Bring it closer to the samples."),
                new VoicePoint("point-of-view", "Point of view: write in First person singular (I); this draft reads as Third person (she, he, they, the brand)."),
                new VoicePoint("avoid-0", "“synergy” is on my list of words to avoid. Please rephrase: “Our synergy grows.”"),
                new VoicePoint("copy-0", "This passage is copied word for word from “The Sunday Pour”. Please write it in your own words: “one two three four five six seven eight”"),
            ],
            points);
    }

    [Fact]
    public void A_long_quotation_is_shortened_so_the_point_fits()
    {
        var sentence = string.Join(' ', Enumerable.Repeat("synergy", 200));
        var report = Report([], new PointOfViewCheck(PointOfView.SecondPerson, PointOfView.SecondPerson), [new AvoidedWordHit("synergy", sentence)], []);

        var point = Assert.Single(VoiceReportText.Points(report));

        Assert.EndsWith("…”", point.Text, StringComparison.Ordinal);
        Assert.True(point.Text.Length < 400);
    }

    private static VoiceReport Report(
        IReadOnlyList<MeasureResult> measures, PointOfViewCheck pointOfView, IReadOnlyList<AvoidedWordHit> avoided, IReadOnlyList<CopiedPassage> copied) => new()
    {
        Draft = new TextProfile(),
        Measures = measures,
        PointOfView = pointOfView,
        FunctionWordSimilarity = 0.9,
        TrigramSimilarity = 0.8,
        SignatureWordsUsed = [],
        SignatureWordsMissing = [],
        AvoidedWordsFound = avoided,
        CopiedPassages = copied,
        Overall = 70,
    };
}
