using OutsourceHub.Core.Diffs;

namespace OutsourceHub.Core.Tests.Diffs;

public sealed class TextDiffTests
{
    [Fact]
    public void Words_rebuild_both_texts_and_group_changes()
    {
        const string before = "I eyeballed my coffee for two years.";
        const string after = "Honestly, I eyeballed my coffee for three years.";

        var diff = TextDiff.Words(before, after);

        Assert.Equal(after, string.Concat(diff.Where(p => p.Kind != DiffKind.Removed).Select(p => p.Text)));
        Assert.Equal(before, string.Concat(diff.Where(p => p.Kind != DiffKind.Added).Select(p => p.Text)));
        Assert.Contains(diff, p => p.Kind == DiffKind.Removed && p.Text.Contains("two", StringComparison.Ordinal));
        Assert.Contains(diff, p => p.Kind == DiffKind.Added && p.Text.Contains("three", StringComparison.Ordinal));
        Assert.Contains(diff, p => p.Kind == DiffKind.Added && p.Text.Contains("Honestly,", StringComparison.Ordinal));
    }

    [Fact]
    public void Identical_texts_have_no_changes()
    {
        Assert.All(TextDiff.Words("Same words here.", "Same words here."), p => Assert.Equal(DiffKind.Unchanged, p.Kind));
    }
}
