using System.Text;

namespace OutsourceHub.Cli.PerfData;

/// <summary>
/// Invented English prose for the performance data: paragraphs of sentences of 6–24 common words, with the
/// headings and lists real drafts have. Deterministic for a given seed, so two runs make the same database.
/// </summary>
public sealed class PerfText(int seed)
{
    private static readonly string[] Words =
    [
        "coffee", "morning", "cup", "water", "grind", "roast", "bean", "kettle", "taste", "home", "small", "real", "honest",
        "simple", "better", "every", "week", "people", "reader", "friend", "story", "kitchen", "minute", "habit", "slow",
        "bright", "bitter", "sweet", "warm", "fresh", "light", "dark", "plain", "quick", "quiet", "busy", "first", "last",
        "the", "the", "the", "a", "a", "and", "and", "of", "to", "in", "it", "is", "was", "for", "on", "that", "with", "as",
        "I", "I", "you", "you", "we", "my", "your", "our", "this", "what", "when", "how", "why", "but", "so", "just", "not",
        "make", "try", "pour", "wait", "find", "keep", "start", "learn", "notice", "change", "brew", "measure", "share",
        "think", "know", "want", "need", "like", "love", "write", "read", "open", "close", "turn", "give", "take", "feel",
        "morning", "recipe", "ratio", "filter", "paper", "scale", "timer", "spoon", "milk", "sugar", "shop", "market",
        "customer", "business", "owner", "team", "plan", "goal", "idea", "question", "answer", "mistake", "lesson", "trick",
        "don't", "it's", "you're", "we're", "that's", "isn't", "can't", "I'm", "let's", "here's",
        "really", "often", "always", "never", "maybe", "almost", "enough", "still", "again", "together", "today", "tomorrow",
    ];

    private readonly Random random = new(seed);

    /// <summary>A draft of about <paramref name="words"/> words: a title, sections with headings, paragraphs, a list.</summary>
    public string Draft(string title, int words)
    {
        var text = new StringBuilder();
        text.Append("# ").AppendLine(title).AppendLine();
        var written = 0;
        var section = 0;
        while (written < words)
        {
            if (written > 0 && random.Next(4) == 0)
            {
                text.Append("## ").AppendLine(Capitalise(Phrase(3 + random.Next(4)))).AppendLine();
                section++;
            }

            if (section > 0 && random.Next(7) == 0)
            {
                for (var i = 0; i < 3; i++)
                {
                    var item = Phrase(4 + random.Next(6));
                    text.Append("- ").Append(Capitalise(item)).AppendLine(".");
                    written += 4;
                }

                text.AppendLine();
            }

            written += Paragraph(text, Math.Min(words - written, 40 + random.Next(80)));
            text.AppendLine().AppendLine();
        }

        return text.ToString().TrimEnd() + "\n";
    }

    /// <summary>A few sentences: a message, a comment, an expectation.</summary>
    public string Sentences(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(Sentence());
        }

        return text.ToString();
    }

    /// <summary>A short title-like phrase.</summary>
    public string Title() => Capitalise(Phrase(3 + random.Next(5)));

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    private int Paragraph(StringBuilder text, int words)
    {
        var written = 0;
        while (written < Math.Max(words, 6))
        {
            var sentence = Sentence();
            text.Append(written == 0 ? string.Empty : " ").Append(sentence);
            written += sentence.Count(c => c == ' ') + 1;
        }

        return written;
    }

    private string Sentence()
    {
        var phrase = Capitalise(Phrase(6 + random.Next(19)));
        var end = random.Next(12) switch
        {
            0 => "?",
            1 => "!",
            _ => ".",
        };
        return random.Next(6) == 0 ? $"{phrase}, **{Words[random.Next(Words.Length)]}**{end}" : phrase + end;
    }

    private string Phrase(int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(Words[random.Next(Words.Length)]);
        }

        return text.ToString();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
