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
}
