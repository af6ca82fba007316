using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Tests.Voice;

public sealed class VoiceReportTextTests
{
    [Fact]
    public void A_figure_the_writer_sees_says_what_to_do_in_plain_words()
    {
        var line = VoiceReportText.Describe(new MeasureResult(VoiceMeasure.SentenceLengthMean, 8.6, 11.2, 10, 13, VoiceVerdict.Outside), VoiceReader.Writer);

        Assert.Equal("Your sentences run shorter than the owner's — 8.6 words against about 11: join a few.", line);
    }

    [Fact]
    public void The_owner_sees_the_same_figure_described_for_review()
    {
        var line = VoiceReportText.Describe(new MeasureResult(VoiceMeasure.SentenceLengthMean, 27, 14, 12, 16, VoiceVerdict.Outside), VoiceReader.Owner);

        Assert.Equal("The draft's sentences run longer than yours — 27 words against about 14: the writer could split a few.", line);
    }

    [Fact]
    public void A_figure_close_to_the_samples_is_a_little_off_and_one_inside_them_needs_nothing()
    {
        var near = VoiceReportText.Describe(new MeasureResult(VoiceMeasure.QuestionsPer100Sentences, 12, 6, 4, 8, VoiceVerdict.Near), VoiceReader.Writer);
        var inside = VoiceReportText.Describe(new MeasureResult(VoiceMeasure.ContractionsPer100Words, 2.5, 3.25, 2, 4.5, VoiceVerdict.Inside), VoiceReader.Writer);

        Assert.Equal("Your questions come a little more often than the owner's — 12 per 100 sentences against about 6: turn a few into statements.", near);
        Assert.Equal("Your use of contractions is about the same as the owner's — 2.5 per 100 words against about 3.3.", inside);
    }

    [Fact]
    public void What_the_samples_never_do_is_said_as_none()
    {
        var line = VoiceReportText.Describe(new MeasureResult(VoiceMeasure.ExclamationsPer100Sentences, 25, 0, 0, 0, VoiceVerdict.Outside), VoiceReader.Writer);

        Assert.Equal("Your exclamations come more often than the owner's — 25 per 100 sentences against none: end a few with a full stop instead.", line);
    }

    public static TheoryData<VoiceMeasure> Measures => new(Enum.GetValues<VoiceMeasure>());

    [Theory]
    [MemberData(nameof(Measures))]
    public void Every_measure_says_what_to_do_when_the_draft_is_above_the_samples_and_something_else_when_below(VoiceMeasure measure)
    {
        var above = VoiceReportText.Describe(new MeasureResult(measure, 30, 10, 8, 12, VoiceVerdict.Outside), VoiceReader.Writer);
        var below = VoiceReportText.Describe(new MeasureResult(measure, 2, 10, 8, 12, VoiceVerdict.Outside), VoiceReader.Writer);
        var forOwner = VoiceReportText.Describe(new MeasureResult(measure, 2, 10, 8, 12, VoiceVerdict.Outside), VoiceReader.Owner);

        Assert.StartsWith("Your ", above, StringComparison.Ordinal);
        Assert.Contains(" than the owner's — 30", above, StringComparison.Ordinal);
        Assert.NotEqual(Advice(above), Advice(below));
        Assert.DoesNotContain("bring it closer", above, StringComparison.Ordinal);
        Assert.StartsWith("The draft's ", forOwner, StringComparison.Ordinal);
        Assert.Equal("the writer could " + Advice(below), Advice(forOwner));
    }

    [Fact]
    public void The_point_of_view_reads_from_each_side()
    {
        var check = new PointOfViewCheck(PointOfView.FirstPersonSingular, PointOfView.ThirdPerson);

        Assert.Equal(
            "Point of view: your text reads as third person (she, he, they, the brand); the owner asks for first person singular (I): rewrite it that way.",
            VoiceReportText.PointOfView(check, VoiceReader.Writer));
        Assert.Equal(
            "Point of view: the draft reads as third person (she, he, they, the brand); your profile asks for first person singular (I): the writer could rewrite it that way.",
            VoiceReportText.PointOfView(check, VoiceReader.Owner));
        Assert.Equal(
            "Point of view: you write in first person singular (I), as the owner asks.",
            VoiceReportText.PointOfView(new PointOfViewCheck(PointOfView.FirstPersonSingular, PointOfView.FirstPersonSingular), VoiceReader.Writer));
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
                new VoicePoint("SentenceLengthMean", "Your sentences run longer than mine — 27 words against about 14: please split a few."),
                new VoicePoint("point-of-view", "Point of view: please write in first person singular (I), as I do; this draft reads as third person (she, he, they, the brand)."),
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

    [Theory]
    [InlineData(93, VoiceReader.Owner, "This draft reads nearer your reference pieces than any other voice in 93 of 100 comparisons.")]
    [InlineData(20, VoiceReader.Writer, "Your text reads nearer the owner's reference pieces than any other voice in 20 of 100 comparisons.")]
    public void The_figure_is_said_as_the_comparisons_the_draft_won(int overall, VoiceReader reader, string expected)
    {
        var report = Report([], new PointOfViewCheck(PointOfView.FirstPersonSingular, PointOfView.FirstPersonSingular), [], []) with { Overall = overall };

        Assert.Equal(expected, VoiceReportText.Meaning(report, reader));
    }

    [Fact]
    public void Thin_evidence_is_said_with_why_and_enough_is_not()
    {
        Assert.Equal(
            "The figure is uncertain: it rests on 900 words of reference pieces with full text, and a firm one needs about 1,500. Adding the full text of another piece makes it firmer.",
            VoiceReportText.Uncertainty(new VoiceEvidence(900, 2000)));
        Assert.Equal(
            "The figure is uncertain: 120 words are too few to tell a voice by; it firms up from about 250.",
            VoiceReportText.Uncertainty(new VoiceEvidence(3000, 120)));
        Assert.Null(VoiceReportText.Uncertainty(new VoiceEvidence(3000, 800)));
    }

    [Fact]
    public void A_driver_gives_the_draft_the_samples_and_other_writing_side_by_side()
    {
        Assert.Equal(
            "The mark “;”: 4.1 per 1,000 in the draft, 9.8 in your pieces, 2 in other writing.",
            VoiceReportText.Driver(new StyleDriver(";", 4.1, 9.8, 2.0, Closer: false), VoiceReader.Owner));
        Assert.Equal(
            "“which”: 6 per 1,000 in your text, 5.5 in the owner's pieces, 1.2 in other writing.",
            VoiceReportText.Driver(new StyleDriver("which", 6, 5.5, 1.2, Closer: true), VoiceReader.Writer));
    }

    /// <summary>What a line says to do: the words after its last colon.</summary>
    private static string Advice(string line) => line[(line.LastIndexOf(':') + 2)..];

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
        Similarity = 0.3,
        Drivers = [],
        Overall = 70,
        Evidence = new VoiceEvidence(3000, 800),
    };
}
