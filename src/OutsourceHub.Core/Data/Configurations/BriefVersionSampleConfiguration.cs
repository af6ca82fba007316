using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class BriefVersionSampleConfiguration : IEntityTypeConfiguration<BriefVersionSample>
{
    public void Configure(EntityTypeBuilder<BriefVersionSample> builder)
    {
        builder.HasKey(s => new { s.BriefVersionId, s.ReferencePieceId });
        builder.HasOne<ReferencePiece>().WithMany().HasForeignKey(s => s.ReferencePieceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.ReferencePieceId);
    }
}
