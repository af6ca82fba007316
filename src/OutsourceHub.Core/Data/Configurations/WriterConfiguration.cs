using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class WriterConfiguration : IEntityTypeConfiguration<Writer>
{
    public void Configure(EntityTypeBuilder<Writer> builder)
    {
        builder.Property(w => w.Bio).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(w => w.Specialties).HasMaxLength(FieldLengths.Line).IsRequired();
        builder.HasOne<AppUser>().WithOne().HasForeignKey<Writer>(w => w.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => w.UserId).IsUnique();
    }
}
