using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Tests.Voice;

/// <summary>The background the figure stands a draft against, and the impostors figure itself.</summary>
public sealed class VoiceBackgroundTests
{
    private const string Generic =
        "Our organisation is committed to delivering innovative solutions that add value for every stakeholder. " +
        "By leveraging best practices across the business, the team ensures that outcomes are aligned with strategic objectives. " +
        "Customers can expect a seamless experience, supported by a dedicated service function and a robust framework of processes. " +
        "Going forward, the company will continue to invest in capabilities that drive sustainable growth and operational excellence.";

    private static string Read(string owner, string piece) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Voice", "Corpus", owner, piece + ".md"));

    private static VoiceSample[] SamplesOf(string owner) =>
        [.. Enumerable.Range(1, 3).Select(i => VoiceSample.From($"{owner} sample {i}", Read(owner, $"sample{i}")))];

    [Fact]
    public void The_shipped_background_holds_many_voices_and_compares_the_most_frequent_words_and_marks()
    {
        var background = VoiceBackground.Shipped;

        Assert.True(background.VoiceCount >= 30, $"{background.VoiceCount} voices");
        Assert.Equal(VoiceBackground.VocabularySize, background.Tokens.Count);
        Assert.Contains("the", background.Tokens);
        Assert.Contains(",", background.Tokens);
    }

    [Fact]
    public void A_faithful_draft_outscores_a_generic_one_against_the_owners_samples()
    {
        var samples = SamplesOf("chatty");

        var faithful = VoiceAnalyzer.Analyze(Read("chatty", "heldout1"), samples, VoiceProfile.Empty);
        var generic = VoiceAnalyzer.Analyze(Generic, samples, VoiceProfile.Empty);

        Assert.True(faithful.Overall > generic.Overall, $"faithful {faithful.Overall}, generic {generic.Overall}");
        Assert.True(faithful.Similarity > generic.Similarity);
    }

    [Fact]
    public void The_clients_own_samples_are_never_its_impostors()
    {
        var owners = new[] { "chatty", "formal", "coach", "technical" };
        var background = VoiceBackground.For(
            owners.Select(o => new WritingVoice(o, SamplesOf(o).Select(s => (IReadOnlyDictionary<string, double>)StyleTokens.Frequencies(s.Markdown)).ToList())).ToList());
        var samples = SamplesOf("chatty");
        var draft = Read("chatty", "heldout1");

        var leftOut = VoiceAnalyzer.Analyze(draft, samples, VoiceProfile.Empty, background, ownKey: "chatty");
        var againstItself = VoiceAnalyzer.Analyze(draft, samples, VoiceProfile.Empty, background, ownKey: null);

        Assert.True(leftOut.Overall > againstItself.Overall, $"left out {leftOut.Overall}, set against itself {againstItself.Overall}");
        Assert.Equal(leftOut.Overall, VoiceAnalyzer.Analyze(draft, samples, VoiceProfile.Empty, background, ownKey: "chatty").Overall);
    }

    [Fact]
    public void An_install_with_enough_clients_learns_from_its_own_writing_alone()
    {
        var voices = Enumerable.Range(1, VoiceBackground.MinInstallVoices)
            .Select(i => new WritingVoice($"{i}", [StyleTokens.Frequencies($"Client {i} writes this. And that, {i} times."), StyleTokens.Frequencies($"Again {i}; again.")]))
            .ToList();

        Assert.Equal(VoiceBackground.MinInstallVoices, VoiceBackground.For(voices).VoiceCount);
        Assert.Equal(VoiceBackground.Shipped.VoiceCount + 2, VoiceBackground.For(voices.Take(2).ToList()).VoiceCount);
        Assert.Same(VoiceBackground.Shipped, VoiceBackground.For([]));
    }

    [Fact]
    public void Style_tokens_are_words_and_marks_with_inner_apostrophes_and_hyphens_kept()
    {
        var shares = StyleTokens.Frequencies("Don’t stop—well-made coffee, (really).");

        Assert.Equal(
            ["'", "(", ")", ",", "-", ".", "coffee", "don't", "really", "stop", "well-made", "—"],
            shares.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, shares.Values.Sum(), 9);
    }
}
