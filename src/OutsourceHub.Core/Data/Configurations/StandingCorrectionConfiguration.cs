using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Reviews;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class StandingCorrectionConfiguration : IEntityTypeConfiguration<StandingCorrection>
{
    public void Configure(EntityTypeBuilder<StandingCorrection> builder)
    {
        builder.Property(c => c.Guidance).HasConversion<string>().HasMaxLength(FieldLengths.EnumName);
        builder.Property(c => c.Wording).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RevisionPoint>().WithMany().HasForeignKey(c => c.SourcePointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.AdoptedById).OnDelete(DeleteBehavior.Restrict);
        // A correction becomes guidance once: a second try (a double click, a second tab) is refused by the index.
        builder.HasIndex(c => new { c.ClientId, c.SourcePointId }).IsUnique();
    }
}
