using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Drafts;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class DraftConfiguration : IEntityTypeConfiguration<Draft>
{
    public void Configure(EntityTypeBuilder<Draft> builder)
    {
        builder.ComplexProperty(d => d.Body, r => r.MapRichText(FieldLengths.Document));
        builder.HasIndex(d => new { d.ProjectId, d.Number }).IsUnique();
        builder.HasOne<Writer>().WithMany().HasForeignKey(d => d.WriterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Feedback).WithOne().HasForeignKey<Feedback>(f => f.DraftId).OnDelete(DeleteBehavior.Restrict);
    }
}
