using DiffPlex;
using DiffPlex.Chunkers;

namespace OutsourceHub.Core.Diffs;

public enum DiffKind
{
    Unchanged,
    Added,
    Removed,
}

/// <summary>One piece of a source diff: a word with its following space.</summary>
public sealed record DiffPiece(DiffKind Kind, string Text);

/// <summary>What changed between two Markdown sources, word by word, with DiffPlex (the source view; readers get <see cref="HtmlDiff"/>). Pages mark the pieces so they read without colour.</summary>
public static class TextDiff
{
    private static readonly Differ Differ = new();

    /// <summary>Word by word: for prose such as drafts. Runs of the same kind are merged so the result stays short.</summary>
    public static IReadOnlyList<DiffPiece> Words(string before, string after)
    {
        var result = Differ.CreateDiffs(Normalise(before), Normalise(after), ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var oldPieces = result.PiecesOld;
        var newPieces = result.PiecesNew;
        var pieces = new List<DiffPiece>();
        var newIndex = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; newIndex < block.InsertStartB; newIndex++)
            {
                Add(pieces, DiffKind.Unchanged, newPieces[newIndex]);
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                Add(pieces, DiffKind.Removed, oldPieces[block.DeleteStartA + i]);
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                Add(pieces, DiffKind.Added, newPieces[block.InsertStartB + i]);
            }

            newIndex = block.InsertStartB + block.InsertCountB;
        }

        for (; newIndex < newPieces.Count; newIndex++)
        {
            Add(pieces, DiffKind.Unchanged, newPieces[newIndex]);
        }

        return pieces;
    }

    private static void Add(List<DiffPiece> pieces, DiffKind kind, string text)
    {
        if (pieces.Count > 0 && pieces[^1].Kind == kind)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        }
        else
        {
            pieces.Add(new DiffPiece(kind, text));
        }
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n");
}
