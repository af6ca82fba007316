using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Drafts;
using OutsourceHub.Core.Messages;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Core.Data;

/// <summary>
/// The unit of work: Identity's tables, the Data Protection keys and the whole domain. Each entity's mapping is its
/// own IEntityTypeConfiguration class in Data/Configurations. The same model runs on SQLite and PostgreSQL; each
/// provider has its own migrations assembly.
/// </summary>
public sealed class OutsourceHubDbContext(DbContextOptions<OutsourceHubDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Client> Clients => Set<Client>();

    public DbSet<ReferencePiece> ReferencePieces => Set<ReferencePiece>();

    public DbSet<StandingCorrection> StandingCorrections => Set<StandingCorrection>();

    public DbSet<Writer> Writers => Set<Writer>();

    public DbSet<RosterEntry> Roster => Set<RosterEntry>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectSample> ProjectSamples => Set<ProjectSample>();

    public DbSet<ProjectEvent> ProjectEvents => Set<ProjectEvent>();

    public DbSet<BriefVersion> BriefVersions => Set<BriefVersion>();

    public DbSet<BriefVersionSample> BriefVersionSamples => Set<BriefVersionSample>();

    public DbSet<BriefAcknowledgement> BriefAcknowledgements => Set<BriefAcknowledgement>();

    public DbSet<Draft> Drafts => Set<Draft>();

    public DbSet<WorkingCopy> WorkingCopies => Set<WorkingCopy>();

    public DbSet<Feedback> Feedback => Set<Feedback>();

    public DbSet<RevisionPoint> RevisionPoints => Set<RevisionPoint>();

    public DbSet<Message> Messages => Set<Message>();

    public DbSet<ThreadReadMarker> ThreadReadMarkers => Set<ThreadReadMarker>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();

    /// <summary>The keys that protect cookies and antiforgery tokens, shared by every instance of the app.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OutsourceHubDbContext).Assembly);

        builder.Entity<AppUser>().Property(u => u.DisplayName).HasMaxLength(FieldLengths.DisplayName);
        builder.Entity<IdentityRole>().HasData(
            new IdentityRole { Id = AppRoles.OwnerId, Name = AppRoles.Owner, NormalizedName = "OWNER", ConcurrencyStamp = AppRoles.OwnerId },
            new IdentityRole { Id = AppRoles.WriterId, Name = AppRoles.Writer, NormalizedName = "WRITER", ConcurrencyStamp = AppRoles.WriterId });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe to reorder in code.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(FieldLengths.EnumName);
        // Every time is UTC; read back as UTC (SQLite keeps no kind, PostgreSQL's timestamptz demands it).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                var version = entry.Property<int>(nameof(IVersioned.Version));
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
