using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class ProjectSampleConfiguration : IEntityTypeConfiguration<ProjectSample>
{
    public void Configure(EntityTypeBuilder<ProjectSample> builder)
    {
        builder.HasKey(s => new { s.ProjectId, s.ReferencePieceId });
        builder.HasOne<ReferencePiece>().WithMany().HasForeignKey(s => s.ReferencePieceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.ReferencePieceId);
    }
}
