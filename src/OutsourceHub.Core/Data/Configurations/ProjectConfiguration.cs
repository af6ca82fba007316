using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(p => p.Audience).HasMaxLength(FieldLengths.Line).IsRequired();
        builder.Property(p => p.Goal).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(p => p.KeyPoints).HasMaxLength(FieldLengths.Note).IsRequired();
        builder.Property(p => p.Keywords).HasMaxLength(FieldLengths.Line).IsRequired();
        builder.ComplexProperty(p => p.Expectations, r => r.MapRichText(FieldLengths.Markdown));
        builder.ComplexProperty(p => p.SpecialRequests, r => r.MapRichText(FieldLengths.Markdown));
        // Stored as JSON: read whole with the job, never queried into, replaced whole when the owner edits it.
        builder.Property(p => p.OwnerWords).HasConversion(
            words => JsonSerializer.Serialize(words, JsonSerializerOptions.Default),
            json => string.IsNullOrEmpty(json) ? OwnerWords.Empty : JsonSerializer.Deserialize<OwnerWords>(json, JsonSerializerOptions.Default) ?? OwnerWords.Empty)
            .IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.LengthUnit);
        builder.Ignore(p => p.IsFinal);
        builder.Ignore(p => p.IsEditable);
        builder.Ignore(p => p.WriterHasStarted);

        builder.HasOne<Client>().WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Writer>().WithMany().HasForeignKey(p => p.WriterId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(p => p.Samples).WithOne().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Briefs).WithOne().HasForeignKey(b => b.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Drafts).WithOne().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Samples).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Briefs).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Drafts).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The owner dashboard filters by client and status and sorts by due date; writers list their jobs.
        builder.HasIndex(p => new { p.ClientId, p.Status, p.DueOn });
        builder.HasIndex(p => new { p.WriterId, p.Status, p.DueOn });
    }
}
