using System.Text.Json;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Tests.Voice;

public sealed class VoiceTextTests
{
    [Fact]
    public void Sentences_split_on_stops_but_not_on_abbreviations_or_decimals()
    {
        var sentences = VoiceText.SplitSentences("Dr. Smith arrived at 3.5 p.m. today. He left, e.g. at noon! Did he? Yes.");

        Assert.Equal(["Dr. Smith arrived at 3.5 p.m. today.", "He left, e.g. at noon!", "Did he?", "Yes."], sentences.Select(s => s.Text));
        Assert.Equal([false, false, true, false], sentences.Select(s => s.IsQuestion));
        Assert.Equal([false, true, false, false], sentences.Select(s => s.IsExclamation));
    }

    [Fact]
    public void An_ellipsis_before_a_lower_case_word_does_not_end_the_sentence()
    {
        var sentences = VoiceText.SplitSentences("Wait... what happened? Nothing. \"Really,\" she said.");

        Assert.Equal(["Wait... what happened?", "Nothing.", "\"Really,\" she said."], sentences.Select(s => s.Text));
    }

    [Fact]
    public void A_sentence_without_a_final_stop_still_counts()
    {
        Assert.Equal(["One.", "And two"], VoiceText.SplitSentences("One. And two").Select(s => s.Text));
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("make", 1)]
    [InlineData("the", 1)]
    [InlineData("free", 1)]
    [InlineData("table", 2)]
    [InlineData("people", 2)]
    [InlineData("whole", 1)]
    [InlineData("reading", 2)]
    [InlineData("beautiful", 3)]
    [InlineData("rhythm", 1)]
    [InlineData("don't", 1)]
    [InlineData("organisation", 5)]
    public void Syllables_count_vowel_groups_less_a_silent_e(string word, int expected)
    {
        Assert.Equal(expected, VoiceText.Syllables(word));
    }

    [Fact]
    public void Contractions_count_inner_apostrophes_straight_or_curly_but_not_possessives()
    {
        var profile = VoiceText.Profile("I don't think it's Anna's fault; we're fine and you’re right.");

        Assert.Equal(11, profile.WordCount);
        Assert.Equal(400.0 / 11, profile.ContractionsPer100Words, 6);
    }

    [Fact]
    public void Pronoun_rates_are_per_100_words_by_family()
    {
        var profile = VoiceText.Profile("I told my team we would help you. Our plan is yours.");

        Assert.Equal(12, profile.WordCount);
        Assert.Equal(200.0 / 12, profile.FirstPersonSingularPer100Words, 6);
        Assert.Equal(200.0 / 12, profile.FirstPersonPluralPer100Words, 6);
        Assert.Equal(200.0 / 12, profile.SecondPersonPer100Words, 6);
    }

    [Fact]
    public void Flesch_scores_match_the_formulas_on_a_known_sentence()
    {
        // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1 and 0.39 * 6 + 11.8 * 1 - 15.59.
        var profile = VoiceText.Profile("The cat sat on the mat.");

        Assert.Equal(116.145, profile.FleschReadingEase, 6);
        Assert.Equal(-1.45, profile.FleschKincaidGrade, 6);
    }

    [Fact]
    public void Sentence_lengths_give_mean_and_standard_deviation()
    {
        // Lengths 2 and 6: mean 4, population deviation 2.
        var profile = VoiceText.Profile("Short one. This one is a bit longer.");

        Assert.Equal(4, profile.SentenceLengthMean, 6);
        Assert.Equal(2, profile.SentenceLengthStdDev, 6);
    }

    [Fact]
    public void Questions_and_exclamations_are_per_100_sentences()
    {
        var profile = VoiceText.Profile("Really? Yes! Fine. Okay.");

        Assert.Equal(25, profile.QuestionsPer100Sentences, 6);
        Assert.Equal(25, profile.ExclamationsPer100Sentences, 6);
    }

    [Fact]
    public void Paragraphs_are_blank_line_blocks_and_headings_are_not_prose()
    {
        var profile = VoiceText.Profile("# A title\n\nOne. Two.\nStill two's paragraph.\n\nThree.");

        Assert.Equal(2, profile.ParagraphCount);
        Assert.Equal(4, profile.SentenceCount);
        Assert.Equal(2, profile.ParagraphLengthMean, 6);
    }

    [Fact]
    public void Markdown_syntax_and_link_targets_are_not_words()
    {
        var profile = VoiceText.Profile("**Bold** and [a link](https://example.com/very/long) here.");

        Assert.Equal(5, profile.WordCount);
    }

    [Fact]
    public void Function_words_and_trigrams_are_relative_frequencies()
    {
        var profile = VoiceText.Profile("The cat and the dog.");

        Assert.Equal(0.4, profile.FunctionWordFrequencies["the"], 6);
        Assert.Equal(0.2, profile.FunctionWordFrequencies["and"], 6);
        Assert.Equal(0, profile.FunctionWordFrequencies["you"]);
        Assert.Equal(1, profile.TrigramFrequencies.Values.Sum(), 6);
        Assert.True(profile.TrigramFrequencies.ContainsKey(" th"));
        Assert.True(profile.TrigramFrequencies.ContainsKey("he "));
    }

    [Fact]
    public void An_empty_text_profiles_as_zeros()
    {
        var profile = VoiceText.Profile("   ");

        Assert.Equal(0, profile.WordCount);
        Assert.Equal(0, profile.FleschReadingEase);
        Assert.Empty(profile.TrigramFrequencies);
    }

    [Fact]
    public void A_profile_survives_a_round_trip_through_json()
    {
        var profile = VoiceText.Profile("I love it here. Don't you? We're staying, e.g. for a week.");

        var json = JsonSerializer.Serialize(profile);
        var back = JsonSerializer.Deserialize<TextProfile>(json)!;

        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.Equal(profile.FunctionWordFrequencies, back.FunctionWordFrequencies);
    }
}
