using OutsourceHub.Cli;

namespace OutsourceHub.Core.Tests.Cli;

/// <summary>`voice-eval` on the repository's own corpus: the table, and a clear refusal without a corpus.</summary>
public sealed class VoiceEvalCommandTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Voice", "Corpus");

    [Fact]
    public void The_repositorys_corpus_prints_the_table_with_the_apps_figure_and_the_textbook_deltas()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = VoiceEvalCommand.Run(["voice-eval", "--corpus", Corpus], output, error);

        Assert.Equal(VoiceMatchCommand.Ok, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("4 authors, 12 samples, 8 held-out pieces", lines[0]);
        Assert.Equal("| the app's overall, as an install of these authors runs it (the figure shown) | 1.000 | — | 100 % |", lines.Single(l => l.StartsWith("| the app's overall, as an install", StringComparison.Ordinal)));
        Assert.Single(lines, l => l.StartsWith("| cosine Delta, 150 most frequent words |", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_without_authors_tsv_is_refused_with_the_usage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = VoiceEvalCommand.Run(["voice-eval", "--corpus", Path.GetTempPath()], output, error);

        Assert.Equal(VoiceMatchCommand.Usage, code);
        Assert.StartsWith("Usage: voice-eval --corpus DIR", error.ToString(), StringComparison.Ordinal);
    }
}
