using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class ReferencePieceConfiguration : IEntityTypeConfiguration<ReferencePiece>
{
    public void Configure(EntityTypeBuilder<ReferencePiece> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(r => r.Url).HasMaxLength(FieldLengths.Url);
        builder.ComplexProperty(r => r.Text, t => t.MapRichText(FieldLengths.Document));
        builder.Property(r => r.WhatToTake).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Ignore(r => r.IsArchived);

        // Restrict: a sample a job refers to is archived, never deleted.
        builder.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ClientId, r.ArchivedAt });
    }
}
