using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class ReferencePieceConfiguration : IEntityTypeConfiguration<ReferencePiece>
{
    public void Configure(EntityTypeBuilder<ReferencePiece> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(r => r.Url).HasMaxLength(FieldLengths.Url);
        builder.ComplexProperty(r => r.Text, t => t.MapRichText(FieldLengths.Document));
        // Stored as JSON: read whole with the sample, never queried into. Replaced whole when the text changes.
        builder.Property(r => r.VoiceProfile).HasConversion(
            profile => JsonSerializer.Serialize(profile, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<TextProfile>(json, JsonSerializerOptions.Default));
        builder.Property(r => r.WhatToTake).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Ignore(r => r.IsArchived);
        builder.Ignore(r => r.IsGhostwritten);
        // An approved draft becomes a reference piece once.
        builder.HasIndex(r => r.FromProjectId).IsUnique();
        builder.HasOne<Projects.Project>().WithMany().HasForeignKey(r => r.FromProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Writers.Writer>().WithMany().HasForeignKey(r => r.FromWriterId).OnDelete(DeleteBehavior.Restrict);

        // Restrict: a sample a job refers to is archived, never deleted.
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ClientId, r.ArchivedAt });
    }
}
