using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Tests.Samples;

public sealed class ReferencePieceTests
{
    private static ReferencePiece NewPiece() =>
        new(1, "The Sunday Pour", ContentKind.Newsletter, "The rhythm.", new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void Saving_full_text_measures_its_voice_with_it()
    {
        var piece = NewPiece();

        piece.SetText(new RichText("Morning, friend. Do grinders matter? Yes.", "<p>Morning, friend. Do grinders matter? Yes.</p>"));

        Assert.NotNull(piece.VoiceProfile);
        Assert.Equal(6, piece.VoiceProfile.WordCount);
        Assert.Equal(3, piece.VoiceProfile.SentenceCount);
    }

    [Fact]
    public void Taking_the_text_away_takes_the_measures_away()
    {
        var piece = NewPiece();
        piece.SetText(new RichText("Morning, friend.", "<p>Morning, friend.</p>"));

        piece.SetText(RichText.Empty);

        Assert.Null(piece.VoiceProfile);
    }
}
