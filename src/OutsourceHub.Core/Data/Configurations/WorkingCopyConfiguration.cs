using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Drafts;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class WorkingCopyConfiguration : IEntityTypeConfiguration<WorkingCopy>
{
    public void Configure(EntityTypeBuilder<WorkingCopy> builder)
    {
        builder.HasKey(w => new { w.ProjectId, w.WriterId });
        builder.Property(w => w.Body).HasMaxLength(FieldLengths.Document).IsRequired();
        builder.HasOne<Project>().WithMany().HasForeignKey(w => w.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Writer>().WithMany().HasForeignKey(w => w.WriterId).OnDelete(DeleteBehavior.Cascade);
    }
}
