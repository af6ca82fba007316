using OutsourceHub.Core.Reviews;

namespace OutsourceHub.Core.Tests.Reviews;

/// <summary>Placing a quoted passage in a draft, and finding it again in the next draft.</summary>
public sealed class PassagesTests
{
    private const string Draft =
        "For two years I eyeballed my coffee. Let's be real: it was *fine*.\n\n" +
        "Then one Tuesday it wasn't. The beans were stale and the water was hard.\n\n" +
        "So I started weighing it again, gram by gram, and it was fine again.";

    [Fact]
    public void A_quote_found_once_is_placed_with_its_offsets_and_context()
    {
        var (found, miss) = Passages.Find(Draft, "The beans were stale");

        Assert.Null(miss);
        Assert.Equal("The beans were stale", found!.Exact);
        Assert.Equal(Draft.IndexOf("The beans", StringComparison.Ordinal), found.Start);
        Assert.Equal(found.Start + found.Exact.Length, found.End);
        Assert.EndsWith("Then one Tuesday it wasn't. ", found.Prefix, StringComparison.Ordinal);
        Assert.Equal(Passages.ContextLength, found.Prefix.Length);
        Assert.StartsWith(" and the water", found.Suffix, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_from_the_rendered_page_matches_ignoring_case_whitespace_and_emphasis_marks()
    {
        var (found, _) = Passages.Find(Draft, "let's BE real:   it was fine");

        Assert.Equal("Let's be real: it was *fine", found!.Exact);
    }

    [Fact]
    public void A_quote_nowhere_in_the_draft_is_a_miss_and_one_in_two_places_names_both()
    {
        var (_, nowhere) = Passages.Find(Draft, "decaf deserves better");
        var (ambiguous, twice) = Passages.Find(Draft, "again");

        Assert.False(nowhere!.Ambiguous);
        Assert.Null(ambiguous);
        Assert.True(twice!.Ambiguous);
        Assert.Equal(2, twice.Candidates.Count);
        Assert.Contains("and it was fine again.", twice.Candidates[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_passage_that_occurs_twice_is_told_apart_by_the_text_around_it()
    {
        var (found, miss) = Passages.Find(Draft, "again", prefix: "and it was fine ", suffix: ".");

        Assert.Null(miss);
        Assert.Equal(Draft.LastIndexOf("again", StringComparison.Ordinal), found!.Start);
    }

    [Fact]
    public void Offsets_outside_the_draft_are_refused()
    {
        Assert.Throws<DomainException>(() => Passages.At(Draft, -1, 4));
        Assert.Throws<DomainException>(() => Passages.At(Draft, 10, Draft.Length + 1));
        Assert.Throws<DomainException>(() => Passages.At(Draft, 10, 10));
    }

    [Fact]
    public void A_passage_moved_in_the_next_draft_is_unchanged_where_it_is_now()
    {
        var then = Passages.Find(Draft, "The beans were stale")!.Found!;
        var next = "A new opening line about mornings.\n\n" + Draft;

        var now = Passages.Reanchor(then, next);

        Assert.Equal(PassageFate.Unchanged, now.Fate);
        Assert.Equal(then.Start + 36, now.Now!.Start);
    }

    [Fact]
    public void A_passage_edited_within_tolerance_is_found_again_rewritten()
    {
        var then = Passages.Find(Draft, "The beans were stale and the water was hard.")!.Found!;
        var next = Draft.Replace("The beans were stale and the water was hard.", "The beans were old and the tap water was hard.", StringComparison.Ordinal);

        var now = Passages.Reanchor(then, next);

        Assert.Equal(PassageFate.Rewritten, now.Fate);
        Assert.Equal("The beans were old and the tap water was hard.", now.Now!.Exact);
    }

    [Fact]
    public void A_passage_rewritten_with_its_surroundings_changed_is_found_by_its_words()
    {
        var then = Passages.Find(Draft, "So I started weighing it again, gram by gram")!.Found!;
        var next = "Mornings are different now.\n\nSo I began weighing it again, gram by careful gram. Nothing else changed.";

        var now = Passages.Reanchor(then, next);

        Assert.Equal(PassageFate.Rewritten, now.Fate);
        Assert.Equal("So I began weighing it again, gram by careful gram", now.Now!.Exact);
    }

    [Fact]
    public void A_passage_deleted_from_the_next_draft_is_removed()
    {
        var then = Passages.Find(Draft, "The beans were stale and the water was hard.")!.Found!;
        var next = "For two years I eyeballed my coffee.\n\nNow I weigh it every morning and it tastes like something.";

        var now = Passages.Reanchor(then, next);

        Assert.Equal(PassageFate.Removed, now.Fate);
        Assert.Null(now.Now);
    }

    [Fact]
    public void A_passage_that_occurs_twice_in_the_next_draft_is_found_again_by_its_context()
    {
        var then = Passages.Find(Draft, "it was fine")!.Found!;
        var next = "It was fine, I said. " + Draft;

        var now = Passages.Reanchor(then, next);

        Assert.Equal(PassageFate.Unchanged, now.Fate);
        Assert.Equal(next.LastIndexOf("it was fine", StringComparison.Ordinal), now.Now!.Start);
    }
}
