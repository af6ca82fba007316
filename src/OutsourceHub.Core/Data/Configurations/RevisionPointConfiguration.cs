using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class RevisionPointConfiguration : IEntityTypeConfiguration<RevisionPoint>
{
    public void Configure(EntityTypeBuilder<RevisionPoint> builder)
    {
        builder.Property(p => p.Text).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(p => p.WriterNote).HasMaxLength(FieldLengths.Note);
        builder.Ignore(p => p.IsNewRequest);
        builder.Ignore(p => p.Passage);
        builder.Property(p => p.PassageExact).HasMaxLength(Passages.MaxLength);
        builder.Property(p => p.PassagePrefix).HasMaxLength(Passages.ContextLength);
        builder.Property(p => p.PassageSuffix).HasMaxLength(Passages.ContextLength);
        builder.Property(p => p.SuggestedWording).HasMaxLength(FieldLengths.Note);
        builder.Property(p => p.PassageFate).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.PassageNowExact).HasMaxLength((Passages.MaxLength * 2) + Passages.ContextLength);
        builder.HasOne<ReferencePiece>().WithMany().HasForeignKey(p => p.ReferencePieceId).OnDelete(DeleteBehavior.Restrict);
    }
}
