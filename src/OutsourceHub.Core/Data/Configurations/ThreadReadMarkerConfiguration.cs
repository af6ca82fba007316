using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Messages;
using OutsourceHub.Core.Projects;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class ThreadReadMarkerConfiguration : IEntityTypeConfiguration<ThreadReadMarker>
{
    public void Configure(EntityTypeBuilder<ThreadReadMarker> builder)
    {
        builder.HasKey(m => new { m.ProjectId, m.UserId });
        builder.HasOne<Project>().WithMany().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
