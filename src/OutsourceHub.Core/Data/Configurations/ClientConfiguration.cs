using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Clients;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(c => c.Website).HasMaxLength(FieldLengths.Url);
        builder.Property(c => c.Audience).HasMaxLength(FieldLengths.Line).IsRequired();
        builder.ComplexProperty(c => c.Voice, voice =>
        {
            voice.IsRequired();
            voice.Property(v => v.ToneWords).HasMaxLength(FieldLengths.Line).IsRequired();
            voice.Property(v => v.SignatureWords).HasMaxLength(FieldLengths.Note).IsRequired();
            voice.Property(v => v.WordsToAvoid).HasMaxLength(FieldLengths.Note).IsRequired();
            voice.ComplexProperty(v => v.CaresAbout, r => r.MapRichText(FieldLengths.Markdown));
        });
        builder.ComplexProperty(c => c.StandingExpectations, r => r.MapRichText(FieldLengths.Markdown));
        builder.ComplexProperty(c => c.StandingSpecialRequests, r => r.MapRichText(FieldLengths.Markdown));
        builder.Property(c => c.OwnerPrompts).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Ignore(c => c.Prompts);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.IsArchived);

        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OwnerId, c.Name });
    }
}
