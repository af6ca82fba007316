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
        builder.HasOne<ReferencePiece>().WithMany().HasForeignKey(p => p.ReferencePieceId).OnDelete(DeleteBehavior.Restrict);
    }
}
