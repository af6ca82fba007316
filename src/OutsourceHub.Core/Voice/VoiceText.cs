// Reads Markdown as prose (paragraphs, sentences, words) and builds a TextProfile from it.
// Everything is a single forward scan per text: the analyser must stay fast on long drafts.
using System.Collections.Frozen;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OutsourceHub.Core.Voice;

/// <summary>One sentence of prose, its words (curly apostrophes made straight) and how it ends.</summary>
public sealed record ProseSentence(string Text, IReadOnlyList<string> Words, bool IsQuestion, bool IsExclamation);

/// <summary>Prose read from Markdown: paragraphs of sentences. Headings and code blocks are not prose and are left out.</summary>
public sealed record ProseText(IReadOnlyList<IReadOnlyList<ProseSentence>> Paragraphs)
{
    /// <summary>Every sentence in reading order.</summary>
    public IEnumerable<ProseSentence> Sentences => Paragraphs.SelectMany(p => p);

    /// <summary>Every word in reading order.</summary>
    public IEnumerable<string> Words => Sentences.SelectMany(s => s.Words);
}

/// <summary>Turns Markdown into prose and prose into a <see cref="TextProfile"/>.</summary>
public static class VoiceText
{
    /// <summary>Common English function words: their rates are a topic-independent fingerprint of a writer.</summary>
    public static IReadOnlyList<string> FunctionWords { get; } =
    [
        "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "for",
        "of", "in", "on", "at", "to", "from", "by", "with", "about", "into",
        "over", "after", "before", "between", "through", "without", "under", "up", "out", "as",
        "than", "that", "this", "these", "those", "which", "who", "what", "when", "where",
        "why", "how", "if", "because", "while", "although", "not", "no", "all", "some",
        "any", "each", "every", "more", "most", "very", "just", "also", "only", "then",
        "there", "here", "is", "are", "was", "were", "be", "been", "have", "has",
        "had", "do", "does", "did", "will", "would", "can", "could", "should", "may",
        "might", "must", "it", "its", "i", "me", "my", "we", "us", "our",
        "you", "your", "he", "she", "they", "them", "their", "his", "her", "one",
    ];

    private static readonly FrozenDictionary<string, int> FunctionWordIndex =
        FunctionWords.Select((word, index) => (word, index)).ToFrozenDictionary(p => p.word, p => p.index, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FirstPersonSingular = Set("i", "me", "my", "mine", "myself");
    private static readonly FrozenSet<string> FirstPersonPlural = Set("we", "us", "our", "ours", "ourselves");
    private static readonly FrozenSet<string> SecondPerson = Set("you", "your", "yours", "yourself", "yourselves");

    // Possessives ("Anna's") look like contractions; only these bases make "'s" a contraction of "is"/"has"/"us".
    private static readonly FrozenSet<string> ContractingBases = Set(
        "it", "that", "there", "here", "what", "he", "she", "let", "who", "where", "how", "when", "why",
        "everyone", "someone", "nobody", "something", "nothing", "everything", "this");

    // A full stop after these is part of the word, not the end of a sentence ("e.g." is seen as "e.g").
    private static readonly FrozenSet<string> Abbreviations = Set(
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "e.g", "i.e", "cf", "approx", "fig", "inc", "ltd", "a.m", "p.m", "u.s");

    /// <summary>Reads the prose of a Markdown text.</summary>
    public static ProseText Parse(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return new ProseText([]);
        }

        // Markdig.Markdown.ToPlainText would lose paragraph boundaries (it ends paragraphs and soft breaks alike with
        // a newline), so walk the parsed paragraphs and collect their inline text the same way it does.
        var document = Markdig.Markdown.Parse(markdown);
        var paragraphs = new List<IReadOnlyList<ProseSentence>>();
        var text = new StringBuilder();
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            text.Clear();
            if (paragraph.Inline is { } inline)
            {
                AppendInline(inline, text);
            }

            var sentences = SplitSentences(text.ToString());
            if (sentences.Count > 0)
            {
                paragraphs.Add(sentences);
            }
        }

        return new ProseText(paragraphs);
    }

    /// <summary>Profiles a Markdown text.</summary>
    public static TextProfile Profile(string? markdown) => Profile(Parse(markdown));

    /// <summary>Profiles prose already read.</summary>
    public static TextProfile Profile(ProseText prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        int words = 0, sentences = 0, singular = 0, plural = 0, second = 0, contractions = 0, questions = 0, exclamations = 0;
        long syllables = 0;
        var functionCounts = new int[FunctionWords.Count];
        var lengths = new List<int>();
        foreach (var sentence in prose.Sentences)
        {
            sentences++;
            lengths.Add(sentence.Words.Count);
            questions += sentence.IsQuestion ? 1 : 0;
            exclamations += sentence.IsExclamation ? 1 : 0;
            foreach (var word in sentence.Words)
            {
                words++;
                syllables += Syllables(word);
                if (FirstPersonSingular.Contains(word))
                {
                    singular++;
                }
                else if (FirstPersonPlural.Contains(word))
                {
                    plural++;
                }
                else if (SecondPerson.Contains(word))
                {
                    second++;
                }

                if (IsContraction(word))
                {
                    contractions++;
                }

                if (FunctionWordIndex.TryGetValue(word, out var index))
                {
                    functionCounts[index]++;
                }
            }
        }

        var mean = sentences == 0 ? 0 : (double)words / sentences;
        var variance = sentences == 0 ? 0 : lengths.Sum(l => (l - mean) * (l - mean)) / sentences;
        var syllablesPerWord = words == 0 ? 0 : (double)syllables / words;
        var functionFrequencies = new Dictionary<string, double>(FunctionWords.Count, StringComparer.Ordinal);
        for (var i = 0; i < functionCounts.Length; i++)
        {
            functionFrequencies[FunctionWords[i]] = words == 0 ? 0 : (double)functionCounts[i] / words;
        }

        return new TextProfile
        {
            WordCount = words,
            SentenceCount = sentences,
            ParagraphCount = prose.Paragraphs.Count,
            SentenceLengthMean = mean,
            SentenceLengthStdDev = Math.Sqrt(variance),
            ParagraphLengthMean = prose.Paragraphs.Count == 0 ? 0 : (double)sentences / prose.Paragraphs.Count,
            FirstPersonSingularPer100Words = Per100(singular, words),
            FirstPersonPluralPer100Words = Per100(plural, words),
            SecondPersonPer100Words = Per100(second, words),
            ContractionsPer100Words = Per100(contractions, words),
            QuestionsPer100Sentences = Per100(questions, sentences),
            ExclamationsPer100Sentences = Per100(exclamations, sentences),
            FleschReadingEase = words == 0 ? 0 : 206.835 - (1.015 * mean) - (84.6 * syllablesPerWord),
            FleschKincaidGrade = words == 0 ? 0 : (0.39 * mean) + (11.8 * syllablesPerWord) - 15.59,
            FunctionWordFrequencies = functionFrequencies,
            TrigramFrequencies = Trigrams(prose),
            StyleTokenFrequencies = StyleTokens.Frequencies(prose),
        };
    }

    /// <summary>
    /// Syllables by the vowel-group heuristic: count runs of vowels (a e i o u y), drop a silent final "e"
    /// (but not "-le" after a consonant, as in "table"), and never return less than one.
    /// </summary>
    public static int Syllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        int groups = 0, letters = 0;
        var inVowels = false;
        char last = '\0', beforeLast = '\0', beforeThat = '\0';
        foreach (var raw in word)
        {
            if (!char.IsLetter(raw))
            {
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            var vowel = IsVowel(c);
            if (vowel && !inVowels)
            {
                groups++;
            }

            inVowels = vowel;
            beforeThat = beforeLast;
            beforeLast = last;
            last = c;
            letters++;
        }

        if (letters == 0)
        {
            return 0;
        }

        // "make": the e is silent; "table": the -le is its own syllable; "free": ee is one group already.
        var silentE = last == 'e' && groups > 1 && !IsVowel(beforeLast) && !(beforeLast == 'l' && !IsVowel(beforeThat));
        return Math.Max(1, silentE ? groups - 1 : groups);
    }

    /// <summary>A word with an inner apostrophe that shortens words ("don't", "we're", "it's"), not a possessive ("Anna's").</summary>
    public static bool IsContraction(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe <= 0 || apostrophe == word.Length - 1)
        {
            return false;
        }

        var isApostropheS = apostrophe == word.Length - 2 && (word[^1] == 's' || word[^1] == 'S');
        return !isApostropheS || ContractingBases.Contains(word[..apostrophe]);
    }

    /// <summary>Splits one paragraph of plain text into sentences on . ! ?, minding abbreviations, decimals and ellipses.</summary>
    public static IReadOnlyList<ProseSentence> SplitSentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<ProseSentence>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
            {
                i++;
                continue;
            }

            var runStart = i;
            bool question = false, exclamation = false;
            while (i < text.Length && text[i] is '.' or '!' or '?')
            {
                question |= text[i] == '?';
                exclamation |= text[i] == '!';
                i++;
            }

            if (!question && !exclamation && !EndsSentenceAtFullStop(text, runStart, i))
            {
                continue;
            }

            // Closing quotes and brackets belong to the sentence they close.
            while (i < text.Length && text[i] is '"' or '\'' or '”' or '’' or ')' or ']')
            {
                i++;
            }

            AddSentence(text, start, i, question, exclamation, sentences);
            start = i;
        }

        AddSentence(text, start, text.Length, false, false, sentences);
        return sentences;
    }

    /// <summary>The words of a text: runs of letters or digits with inner apostrophes and hyphens, as WordCounter counts them.</summary>
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }

            var joins = c is '\'' or '’' or '-' && word.Length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (joins)
            {
                word.Append(c == '’' ? '\'' : c);
                continue;
            }

            Flush(word, words);
        }

        Flush(word, words);
        return words;
    }

    private static bool EndsSentenceAtFullStop(string text, int runStart, int runEnd)
    {
        // "3.5", "e.g", "example.com": a full stop followed straight by a letter or digit is inside a word.
        if (runEnd < text.Length && char.IsLetterOrDigit(text[runEnd]))
        {
            return false;
        }

        var wordStart = runStart;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        if (runEnd - runStart == 1 && Abbreviations.Contains(text[wordStart..runStart]))
        {
            return false;
        }

        // "etc. and so on", "Wait... what": a lower-case word next means the sentence goes on.
        var next = runEnd;
        while (next < text.Length && (char.IsWhiteSpace(text[next]) || text[next] is '"' or '”' or '’' or ')'))
        {
            next++;
        }

        return next >= text.Length || !char.IsLower(text[next]);
    }

    private static void AddSentence(string text, int start, int end, bool question, bool exclamation, List<ProseSentence> sentences)
    {
        var sentence = text[start..end].Trim();
        var words = Words(sentence);
        if (words.Count > 0)
        {
            sentences.Add(new ProseSentence(sentence, words, question, exclamation));
        }
    }

    private static void Flush(StringBuilder word, List<string> words)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }

    private static Dictionary<string, double> Trigrams(ProseText prose)
    {
        // Keys are three chars packed into a long so counting allocates no strings; strings only for the result.
        var counts = new Dictionary<long, int>();
        var total = 0;
        char a = ' ', b = ' ';
        var filled = 1; // the text starts as if after a space, so word-initial 3-grams (" th") count
        foreach (var sentence in prose.Sentences)
        {
            foreach (var raw in sentence.Text.Append(' '))
            {
                var c = char.IsLetter(raw) ? char.ToLowerInvariant(raw) : ' ';
                if (c == ' ' && b == ' ')
                {
                    continue;
                }

                if (filled >= 2)
                {
                    var key = ((long)a << 32) | ((long)b << 16) | c;
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                    total++;
                }

                a = b;
                b = c;
                filled++;
            }
        }

        var result = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        foreach (var (key, count) in counts.OrderBy(p => p.Key))
        {
            var gram = new string([(char)(key >> 32), (char)((key >> 16) & 0xFFFF), (char)(key & 0xFFFF)]);
            result[gram] = (double)count / total;
        }

        return result;
    }

    private static void AppendInline(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.Text, literal.Content.Start, literal.Content.Length);
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.Text, entity.Transcoded.Start, entity.Transcoded.Length);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendInline(child, text);
                }

                break;
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static double Per100(int count, int of) => of == 0 ? 0 : 100.0 * count / of;

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
