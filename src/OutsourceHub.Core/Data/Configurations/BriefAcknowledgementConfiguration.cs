using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class BriefAcknowledgementConfiguration : IEntityTypeConfiguration<BriefAcknowledgement>
{
    public void Configure(EntityTypeBuilder<BriefAcknowledgement> builder)
    {
        builder.HasIndex(a => new { a.BriefVersionId, a.WriterId }).IsUnique();
        builder.HasOne<Writer>().WithMany().HasForeignKey(a => a.WriterId).OnDelete(DeleteBehavior.Restrict);
    }
}
