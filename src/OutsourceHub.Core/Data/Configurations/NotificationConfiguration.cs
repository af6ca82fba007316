using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(FieldLengths.Line).IsRequired();
        builder.Property(n => n.Url).HasMaxLength(FieldLengths.Url).IsRequired();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Project>().WithMany().HasForeignKey(n => n.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.ReadAt, n.CreatedAt });
        // Opening a job's page marks that user's notices on it read (NoticeReading): a handful of rows, by index.
        builder.HasIndex(n => new { n.ProjectId, n.UserId, n.ReadAt });
    }
}
