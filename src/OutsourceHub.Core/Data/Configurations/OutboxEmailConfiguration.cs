using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Notifications;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.Property(e => e.To).HasMaxLength(FieldLengths.Email).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(FieldLengths.Line).IsRequired();
        builder.Property(e => e.Body).HasMaxLength(FieldLengths.Markdown).IsRequired();
        builder.Property(e => e.LastError).HasMaxLength(FieldLengths.Note);
        builder.Property(e => e.ClaimedBy).HasMaxLength(FieldLengths.ClaimToken);
        builder.HasIndex(e => new { e.SentAt, e.NextAttemptAt });
    }
}
