using System.Globalization;

namespace OutsourceHub.Core.Voice;

/// <summary>A revision point the owner can start from one line of a voice report, in the owner's words to the writer.</summary>
public sealed record VoicePoint(string Key, string Text);

/// <summary>Who a voice report line speaks to.</summary>
public enum VoiceReader
{
    /// <summary>The writer checking a draft: "Your sentences run shorter than the owner's".</summary>
    Writer,

    /// <summary>The owner reviewing it: "The draft's sentences run shorter than yours".</summary>
    Owner,
}

/// <summary>
/// A voice report in plain words a writer and an owner can act on: each figure against the samples' value and what
/// to do about it ("Your sentences run shorter than the owner's — 8.6 words against about 11: join a few."). The
/// writer and the owner read the same figure and the same advice, each from their side.
/// </summary>
public static class VoiceReportText
{
    public const string PointOfViewKey = "point-of-view";

    private const int MaxQuote = 300;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>One measure in a sentence, for the writer or the owner.</summary>
    public static string Describe(MeasureResult result, VoiceReader reader)
    {
        ArgumentNullException.ThrowIfNull(result);
        return reader == VoiceReader.Owner
            ? Line(result, "The draft's", "yours", fix => $"the writer could {fix}")
            : Line(result, "Your", "the owner's", fix => fix);
    }

    /// <summary>What the overall figure means, in one sentence: the same scale for every owner.</summary>
    public static string Meaning(VoiceReport report, VoiceReader reader)
    {
        ArgumentNullException.ThrowIfNull(report);
        return reader == VoiceReader.Owner
            ? $"This draft reads nearer your reference pieces than any other voice in {report.Overall} of 100 comparisons."
            : $"Your text reads nearer the owner's reference pieces than any other voice in {report.Overall} of 100 comparisons.";
    }

    /// <summary>What a voice match figure means wherever several are shown together.</summary>
    public static readonly string Scale =
        $"A voice match of 90 means the draft read nearer your reference pieces than any of {VoiceBackground.ImpostorCount} other writers' voices " +
        "in 90 of 100 comparisons, each on a different half of the words and marks writers use; the scale is the same for every client.";

    /// <summary>Why the figure is uncertain, when it rests on too little text; otherwise null.</summary>
    public static string? Uncertainty(VoiceEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.SampleWords < VoiceAnalyzer.ThinSampleWords)
        {
            return $"The figure is uncertain: it rests on {evidence.SampleWords.ToString("N0", Invariant)} words of reference pieces with full text, "
                + $"and a firm one needs about {VoiceAnalyzer.ThinSampleWords.ToString("N0", Invariant)}. Adding the full text of another piece makes it firmer.";
        }

        return evidence.DraftWords < VoiceAnalyzer.ThinDraftWords
            ? $"The figure is uncertain: {evidence.DraftWords.ToString("N0", Invariant)} words are too few to tell a voice by; it firms up from about {VoiceAnalyzer.ThinDraftWords.ToString("N0", Invariant)}."
            : null;
    }

    /// <summary>A word or mark that moved the figure, its rate beside the samples' and other writing's.</summary>
    public static string Driver(StyleDriver driver, VoiceReader reader)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var token = driver.Token.Length == 1 && StyleTokens.Marks.Contains(driver.Token, StringComparison.Ordinal) ? $"the mark “{driver.Token}”" : $"“{driver.Token}”";
        var draft = reader == VoiceReader.Owner ? "the draft" : "your text";
        var samples = reader == VoiceReader.Owner ? "your pieces" : "the owner's pieces";
        return string.Create(
            Invariant,
            $"{Capitalised(token)}: {driver.DraftPerThousand:0.#} per 1,000 in {draft}, {driver.SamplesPerThousand:0.#} in {samples}, {driver.OthersPerThousand:0.#} in other writing.");
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The point of view the draft reads as, against the one the client's profile asks for.</summary>
    public static string PointOfView(PointOfViewCheck check, VoiceReader reader)
    {
        ArgumentNullException.ThrowIfNull(check);
        var expected = Lower(Labels.For(check.Expected));
        var found = Lower(Labels.For(check.Found));
        return (reader, check.Matches) switch
        {
            (VoiceReader.Owner, true) => $"Point of view: the draft reads as {found}, as your profile asks.",
            (VoiceReader.Owner, false) => $"Point of view: the draft reads as {found}; your profile asks for {expected}: the writer could rewrite it that way.",
            (_, true) => $"Point of view: you write in {found}, as the owner asks.",
            _ => $"Point of view: your text reads as {found}; the owner asks for {expected}: rewrite it that way.",
        };
    }

    /// <summary>The key of the point a measure's line starts; only lines near or outside the samples offer one.</summary>
    public static string MeasureKey(VoiceMeasure measure) => measure.ToString();

    public static string AvoidedKey(int index) => "avoid-" + index.ToString(Invariant);

    public static string CopiedKey(int index) => "copy-" + index.ToString(Invariant);

    /// <summary>
    /// The points the report suggests, keyed by the line they come from, in the owner's words to the writer: each
    /// measure near or outside the samples, a point of view other than the profile's, each word to avoid found,
    /// each copied passage.
    /// </summary>
    public static IReadOnlyList<VoicePoint> Points(VoiceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var points = report.Measures
            .Where(m => m.Verdict != VoiceVerdict.Inside)
            .Select(m => new VoicePoint(MeasureKey(m.Measure), Line(m, "Your", "mine", fix => $"please {fix}")))
            .ToList();
        if (!report.PointOfView.Matches)
        {
            points.Add(new VoicePoint(
                PointOfViewKey,
                $"Point of view: please write in {Lower(Labels.For(report.PointOfView.Expected))}, as I do; this draft reads as {Lower(Labels.For(report.PointOfView.Found))}."));
        }

        points.AddRange(report.AvoidedWordsFound.Select((hit, i) =>
            new VoicePoint(AvoidedKey(i), $"“{hit.Word}” is on my list of words to avoid. Please rephrase: “{Quote(hit.Sentence)}”")));
        points.AddRange(report.CopiedPassages.Select((copy, i) =>
            new VoicePoint(CopiedKey(i), $"This passage is copied word for word from “{copy.SampleName}”. Please write it in your own words: “{Quote(copy.Text)}”")));
        return points;
    }

    /// <summary>What a measure is called on screen: "Sentence length".</summary>
    public static string Name(VoiceMeasure measure) => Words(measure).Name;

    /// <summary>
    /// How a measure is said: its name, what the line is about ("sentences"), the verb and comparative for a draft
    /// above and below the samples, the words for one in line with them, the unit, and what to do either way.
    /// </summary>
    private sealed record MeasureWords(
        string Name, string Noun, (string Verb, string More) Higher, (string Verb, string Less) Lower, string Same, string Unit, string FixHigher, string FixLower);

    private static MeasureWords Words(VoiceMeasure measure) => measure switch
    {
        VoiceMeasure.SentenceLengthMean => new("Sentence length", "sentences", ("run", "longer"), ("run", "shorter"), "are about as long as",
            "words", "split a few", "join a few"),
        VoiceMeasure.SentenceLengthStdDev => new("Variety of sentence length", "sentence lengths", ("vary", "more"), ("vary", "less"), "vary about as much as",
            "words of spread", "keep their lengths a little steadier", "mix a few short sentences in with the long ones"),
        VoiceMeasure.ParagraphLengthMean => new("Paragraph length", "paragraphs", ("run", "longer"), ("run", "shorter"), "are about as long as",
            "sentences", "break a few up", "merge a few"),
        VoiceMeasure.FirstPersonSingularPer100Words => new("“I, me, my”", "use of “I, me, my”", ("is", "higher"), ("is", "lower"), "is about the same as",
            "per 100 words", "say “I” less often", "say “I” more often"),
        VoiceMeasure.FirstPersonPluralPer100Words => new("“we, us, our”", "use of “we, us, our”", ("is", "higher"), ("is", "lower"), "is about the same as",
            "per 100 words", "say “we” less often", "say “we” more often"),
        VoiceMeasure.SecondPersonPer100Words => new("“you, your”", "use of “you, your”", ("is", "higher"), ("is", "lower"), "is about the same as",
            "per 100 words", "speak to the reader as “you” a little less", "speak to the reader as “you” more often"),
        VoiceMeasure.ContractionsPer100Words => new("Contractions", "use of contractions", ("is", "higher"), ("is", "lower"), "is about the same as",
            "per 100 words", "spell a few out (“do not” for “don't”)", "contract a few (“don't” for “do not”)"),
        VoiceMeasure.QuestionsPer100Sentences => new("Questions", "questions", ("come", "more often"), ("come", "less often"), "come about as often as",
            "per 100 sentences", "turn a few into statements", "ask the reader a question now and then"),
        VoiceMeasure.ExclamationsPer100Sentences => new("Exclamations", "exclamations", ("come", "more often"), ("come", "less often"), "come about as often as",
            "per 100 sentences", "end a few with a full stop instead", "let a little excitement show"),
        VoiceMeasure.FleschReadingEase => new("Reading ease (Flesch)", "text", ("reads", "more easily"), ("reads", "less easily"), "reads about as easily as",
            "points of reading ease", "allow a few longer words and sentences", "use shorter words and sentences"),
        VoiceMeasure.FleschKincaidGrade => new("Reading grade", "reading grade", ("is", "higher"), ("is", "lower"), "is about the same as",
            "", "use plainer words and shorter sentences", "allow a few longer words and sentences"),
        _ => new(measure.ToString(), measure.ToString(), ("is", "higher"), ("is", "lower"), "is about the same as", "", "bring it closer", "bring it closer"),
    };

    /// <summary>"{Your} sentences run a little shorter than {the owner's} — 8.6 words against about 11: {join a few}."</summary>
    private static string Line(MeasureResult result, string whose, string theirs, Func<string, string> advice)
    {
        var words = Words(result.Measure);
        var figures = $"{Number(result.Draft)}{Unit(words.Unit)} against {About(result.SampleMean)}";
        var subject = $"{whose} {words.Noun}";
        if (result.Verdict == VoiceVerdict.Inside)
        {
            return $"{subject} {words.Same} {theirs} — {figures}.";
        }

        var higher = result.Draft > result.SampleMean;
        var (verb, comparison) = higher ? words.Higher : words.Lower;
        var degree = result.Verdict == VoiceVerdict.Near ? "a little " : string.Empty;
        return $"{subject} {verb} {degree}{comparison} than {theirs} — {figures}: {advice(higher ? words.FixHigher : words.FixLower)}.";
    }

    private static string Unit(string unit) => unit.Length == 0 ? string.Empty : " " + unit;

    /// <summary>The samples' average, rounded as a person would say it: "about 11", "none" when they never do it.</summary>
    private static string About(double mean) => mean == 0 ? "none" : Number(mean) == "0" ? "almost none" : "about " + Number(mean);

    /// <summary>A quotation short enough that the point stays well inside a point's length limit.</summary>
    private static string Quote(string text) => text.Length <= MaxQuote ? text : text[..MaxQuote].TrimEnd() + "…";

    private static string Number(double value) => value.ToString(Math.Abs(value) >= 10 ? "0" : "0.#", Invariant);

    /// <summary>"First person singular (I)" in the middle of a sentence.</summary>
    private static string Lower(string label) => char.ToLowerInvariant(label[0]) + label[1..];
}
