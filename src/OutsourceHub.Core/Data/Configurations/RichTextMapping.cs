using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Markdown;

namespace OutsourceHub.Core.Data.Configurations;

internal static class RichTextMapping
{
    /// <summary>Maps a Markdown field and its rendered HTML to two columns, Name_Markdown and Name_Html.</summary>
    public static void MapRichText(this ComplexPropertyBuilder<RichText> builder, int maxLength)
    {
        builder.IsRequired();
        builder.Property(r => r.Markdown).HasMaxLength(maxLength).IsRequired();
        builder.Property(r => r.Html).IsRequired();
    }
}
