using System.Text.Json;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Tests.Voice;

public sealed class VoiceAnalyzerTests
{
    private const string Sample =
        "I roast my coffee on Sundays. The quick brown fox jumps over the lazy dog every single morning. " +
        "It's noisy, but I love it. Do you?";

    private static readonly VoiceSample[] Samples = [VoiceSample.From("Sunday roast", Sample)];

    [Fact]
    public void Copy_guard_finds_an_eight_word_lift_ignoring_case_and_punctuation()
    {
        var report = VoiceAnalyzer.Analyze("Honestly: the QUICK brown, fox jumps over the lazy dog. Then tea.", Samples, VoiceProfile.Empty);

        var copy = Assert.Single(report.CopiedPassages);
        Assert.Equal("the QUICK brown fox jumps over the lazy dog", copy.Text);
        Assert.Equal(9, copy.WordCount);
        Assert.Equal("Sunday roast", copy.SampleName);
    }

    [Fact]
    public void Copy_guard_ignores_seven_words_in_a_row()
    {
        var report = VoiceAnalyzer.Analyze("A quick brown fox jumps over the lazy cat.", Samples, VoiceProfile.Empty);

        Assert.Empty(report.CopiedPassages);
    }

    [Fact]
    public void Copy_guard_lists_a_passage_repeated_in_the_draft_once()
    {
        const string lift = "quick brown fox jumps over the lazy dog";

        var report = VoiceAnalyzer.Analyze($"{lift}. And again, {lift}.", Samples, VoiceProfile.Empty);

        Assert.Single(report.CopiedPassages);
    }

    [Fact]
    public void Words_to_avoid_are_listed_per_occurrence_with_their_sentence()
    {
        var profile = VoiceProfile.Empty with { WordsToAvoid = "synergy, leverage\ngame changer" };

        var report = VoiceAnalyzer.Analyze(
            "We value synergy. Then we leverage it, leveraged or not. Synergy again! A real Game-Changer.",
            Samples,
            profile);

        Assert.Equal(
            [
                new AvoidedWordHit("synergy", "We value synergy."),
                new AvoidedWordHit("leverage", "Then we leverage it, leveraged or not."),
                new AvoidedWordHit("synergy", "Synergy again!"),
            ],
            report.AvoidedWordsFound);
    }

    [Fact]
    public void Signature_words_are_split_into_used_and_missing_as_whole_words()
    {
        var profile = VoiceProfile.Empty with { SignatureWords = "honestly, small batch\nroast, cup" };

        var report = VoiceAnalyzer.Analyze("Honestly, a small batch of roasted beans.", Samples, profile);

        Assert.Equal(["honestly", "small batch"], report.SignatureWordsUsed);
        Assert.Equal(["roast", "cup"], report.SignatureWordsMissing);
    }

    [Theory]
    [InlineData(15, VoiceVerdict.Inside)]
    [InlineData(10, VoiceVerdict.Inside)]
    [InlineData(22, VoiceVerdict.Near)]
    [InlineData(23, VoiceVerdict.Outside)]
    [InlineData(8, VoiceVerdict.Near)]
    [InlineData(7, VoiceVerdict.Outside)]
    public void Verdict_is_near_within_a_quarter_of_the_range_or_of_the_mean(double value, VoiceVerdict expected)
    {
        // Range 10–20, mean 8 is impossible but keeps the arithmetic plain: tolerance = 0.25 * max(10, 8) = 2.5.
        Assert.Equal(expected, VoiceAnalyzer.Verdict(value, 8, 10, 20));
    }

    [Fact]
    public void Verdict_on_a_flat_range_uses_a_quarter_of_the_mean()
    {
        Assert.Equal(VoiceVerdict.Near, VoiceAnalyzer.Verdict(12, 10, 10, 10));
        Assert.Equal(VoiceVerdict.Outside, VoiceAnalyzer.Verdict(13, 10, 10, 10));
        Assert.Equal(VoiceVerdict.Outside, VoiceAnalyzer.Verdict(1, 0, 0, 0));
    }

    [Theory]
    [InlineData("I think my plan works for me.", PointOfView.FirstPersonSingular)]
    [InlineData("We think our plan works for us.", PointOfView.FirstPersonPlural)]
    [InlineData("You know your plan works for you.", PointOfView.SecondPerson)]
    [InlineData("The company believes the plan works for its customers.", PointOfView.ThirdPerson)]
    public void Point_of_view_is_the_dominant_pronoun_family(string draft, PointOfView expected)
    {
        var report = VoiceAnalyzer.Analyze(draft, Samples, VoiceProfile.Empty with { PointOfView = PointOfView.FirstPersonSingular });

        Assert.Equal(expected, report.PointOfView.Found);
        Assert.Equal(expected == PointOfView.FirstPersonSingular, report.PointOfView.Matches);
    }

    [Fact]
    public void Every_scalar_measure_is_reported_against_the_samples()
    {
        var samples = new[] { VoiceSample.From("a", "Short one. Short two."), VoiceSample.From("b", "A rather longer sentence here, with more words.") };

        var report = VoiceAnalyzer.Analyze("Some middling sentence length here.", samples, VoiceProfile.Empty);

        Assert.Equal(Enum.GetValues<VoiceMeasure>(), report.Measures.Select(m => m.Measure));
        var length = report.Measures.Single(m => m.Measure == VoiceMeasure.SentenceLengthMean);
        Assert.Equal((2.0, 8.0, 5.0, 5.0, VoiceVerdict.Inside), (length.SampleMin, length.SampleMax, length.SampleMean, length.Draft, length.Verdict));
    }

    [Fact]
    public void A_sample_scores_high_against_itself_and_the_same_inputs_give_the_same_report()
    {
        var first = VoiceAnalyzer.Analyze(Sample, Samples, VoiceProfile.Empty);
        var second = VoiceAnalyzer.Analyze(Sample, Samples, VoiceProfile.Empty);

        Assert.Equal(100, first.Overall);
        Assert.Equal(1, first.FunctionWordSimilarity, 9);
        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(second));
    }

    [Fact]
    public void Without_samples_only_the_profile_checks_are_made()
    {
        var report = VoiceAnalyzer.Analyze("I like it.", [], VoiceProfile.Empty);

        Assert.Empty(report.Measures);
        Assert.Equal(0, report.Overall);
        Assert.Equal(PointOfView.FirstPersonSingular, report.PointOfView.Found);
    }

    [Fact]
    public void Primer_describes_the_samples_in_plain_words()
    {
        var samples = new[]
        {
            VoiceText.Profile("I love this. Don't you? It's my shop. I'm here daily. We're small. Can't stop now."),
        };
        var profile = VoiceProfile.Empty with { WordsToAvoid = "synergy, leverage" };

        var primer = VoicePrimer.Describe(samples, profile);

        Assert.Equal(
            "Short sentences, about 3 words. Long paragraphs. First person singular (I, my). Contractions often. " +
            "Asks the reader questions. Plain, everyday words. Never says: synergy, leverage.",
            primer);
    }
}
