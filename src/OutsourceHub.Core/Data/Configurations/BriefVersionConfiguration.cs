using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Briefs;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class BriefVersionConfiguration : IEntityTypeConfiguration<BriefVersion>
{
    public void Configure(EntityTypeBuilder<BriefVersion> builder)
    {
        builder.ComplexProperty(b => b.Content, r => r.MapRichText(FieldLengths.Document));
        builder.HasIndex(b => new { b.ProjectId, b.Number }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(b => b.IssuedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Acknowledgements).WithOne().HasForeignKey(a => a.BriefVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(b => b.Acknowledgements).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(b => b.Samples).WithOne().HasForeignKey(s => s.BriefVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Samples).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
