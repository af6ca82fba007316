using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.Email).HasMaxLength(FieldLengths.Email).IsRequired();
        builder.Property(i => i.Note).HasMaxLength(FieldLengths.Note);
        builder.Property(i => i.TokenHash).HasMaxLength(FieldLengths.TokenHash).IsRequired();
        builder.HasIndex(i => i.TokenHash).IsUnique();
        // Accepting and withdrawing update the row only while it is still open (WHERE AcceptedAt IS NULL AND
        // RevokedAt IS NULL), so two uses of one link, or a use and a withdrawal, cannot both win, on any instance.
        builder.Property(i => i.AcceptedAt).IsConcurrencyToken();
        builder.Property(i => i.RevokedAt).IsConcurrencyToken();
        builder.HasIndex(i => new { i.InvitedById, i.ClientId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.InvitedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.AcceptedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Client>().WithMany().HasForeignKey(i => i.ClientId).OnDelete(DeleteBehavior.Cascade);
    }
}
