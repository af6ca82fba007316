using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Reviews;

namespace OutsourceHub.Core.Data.Configurations;

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> builder)
    {
        builder.ToTable("Feedback");
        builder.ComplexProperty(f => f.Comment, r => r.MapRichText(FieldLengths.Markdown));
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.GivenById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Points).WithOne().HasForeignKey(p => p.FeedbackId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Points).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
