using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Data;
using OutsourceHub.Core.Drafts;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Messages;
using OutsourceHub.Core.Notifications;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Reviews;
using OutsourceHub.Core.Samples;
using OutsourceHub.Core.Writers;

namespace OutsourceHub.Cli.PerfData;

/// <summary>How big the drafts, briefs and samples are: as people write them, or a few words for fast tests.</summary>
public enum PerfTextSize
{
    /// <summary>Drafts of 800–3,000 words, samples of 800–1,500, full kickoff briefs.</summary>
    Realistic,

    /// <summary>A few sentences each: the same rows and shapes, written in a fraction of the time.</summary>
    Small,
}

/// <summary>What to generate. <see cref="Jobs"/> belong to one busy owner; the other owners keep a few each.</summary>
public sealed record PerfDataOptions(int Jobs, PerfTextSize TextSize = PerfTextSize.Realistic, string Password = PerfDataGenerator.DefaultPassword)
{
    public int OtherOwners { get; init; } = 2;

    public int JobsPerOtherOwner { get; init; } = 20;

    public int ClientsPerOwner { get; init; } = 5;

    public int Writers { get; init; } = 8;

    public int Seed { get; init; } = 9;
}

/// <summary>What the load script and the tests need to find in the generated data.</summary>
public sealed record PerfDataSet(
    string OwnerEmail,
    string WriterEmail,
    string Password,
    int ShowcaseJobId,
    int ShowcaseClientId,
    int ShowcaseSampleId,
    int ShowcaseWriterId,
    int FilterClientId,
    int FilterWriterId,
    int OwnerJobs,
    int WriterJobs)
{
    /// <summary>"key=value" lines a shell script can read.</summary>
    public string ToShell() => string.Join('\n',
        $"OWNER_EMAIL={OwnerEmail}",
        $"WRITER_EMAIL={WriterEmail}",
        $"PASSWORD='{Password}'",
        $"SHOWCASE_JOB={ShowcaseJobId.ToString(CultureInfo.InvariantCulture)}",
        $"SHOWCASE_CLIENT={ShowcaseClientId.ToString(CultureInfo.InvariantCulture)}",
        $"SHOWCASE_SAMPLE={ShowcaseSampleId.ToString(CultureInfo.InvariantCulture)}",
        $"SHOWCASE_WRITER={ShowcaseWriterId.ToString(CultureInfo.InvariantCulture)}",
        $"FILTER_CLIENT={FilterClientId.ToString(CultureInfo.InvariantCulture)}",
        $"FILTER_WRITER={FilterWriterId.ToString(CultureInfo.InvariantCulture)}",
        $"OWNER_JOBS={OwnerJobs.ToString(CultureInfo.InvariantCulture)}",
        $"WRITER_JOBS={WriterJobs.ToString(CultureInfo.InvariantCulture)}") + "\n";
}

/// <summary>
/// Fills a database with a busy owner's work for performance runs and the SQL-count tests: owners, clients with
/// voice profiles and reference pieces, writers on the rosters, and jobs in every status with briefs, drafts,
/// feedback with revision points, and messages. Everything goes through the domain's own methods
/// (<see cref="Project.IssueBrief"/>, <see cref="Project.SubmitDraft"/> …) so the rows are the ones the app
/// writes; texts are rendered once per distinct text and reused, and jobs are saved in batches.
/// </summary>
public static class PerfDataGenerator
{
    public const string DefaultPassword = "perf run password";
    public const string OwnerEmail = "owner@perf.outsourcehub.test";
    public const string WriterEmail = "writer-1@perf.outsourcehub.test";

    private const int BatchSize = 500;

    /// <summary>The statuses of the busy owner's jobs, repeated in this order: mostly finished or under way, a few new.</summary>
    private static readonly ProjectStatus[] StatusPattern =
    [
        ProjectStatus.Approved, ProjectStatus.InProgress, ProjectStatus.Submitted, ProjectStatus.Approved, ProjectStatus.RevisionRequested,
        ProjectStatus.Briefed, ProjectStatus.Approved, ProjectStatus.Setup, ProjectStatus.InProgress, ProjectStatus.Approved,
        ProjectStatus.Submitted, ProjectStatus.RevisionRequested, ProjectStatus.Approved, ProjectStatus.Cancelled, ProjectStatus.InProgress,
        ProjectStatus.Briefed, ProjectStatus.Approved, ProjectStatus.Submitted, ProjectStatus.RevisionRequested, ProjectStatus.Setup,
    ];

    private static readonly ContentKind[] Kinds = [ContentKind.BlogPost, ContentKind.Article, ContentKind.Newsletter, ContentKind.BlogPost, ContentKind.Video];

    /// <summary>Generates into an empty, migrated database and returns where the interesting rows are.</summary>
    public static async Task<PerfDataSet> GenerateAsync(OutsourceHubDbContext db, PerfDataOptions options, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Projects.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The database already holds jobs: generate into an empty one.");
        }

        var generator = new Run(db, options, now);
        return await generator.GenerateAsync(cancellationToken);
    }

    private sealed class Run(OutsourceHubDbContext db, PerfDataOptions options, DateTime now)
    {
        private readonly MarkdownRenderer renderer = new();
        private readonly PerfText text = new(options.Seed);
        private readonly DateOnly today = DateOnly.FromDateTime(now);
        private readonly Dictionary<string, string> roleIds = [];
        private string passwordHash = string.Empty;
        private List<(RichText Body, int Words)> drafts = [];
        private List<RichText> comments = [];
        private List<RichText> messages = [];

        private bool Small => options.TextSize == PerfTextSize.Small;

        public async Task<PerfDataSet> GenerateAsync(CancellationToken cancellationToken)
        {
            roleIds[AppRoles.Owner] = await db.Roles.Where(r => r.Name == AppRoles.Owner).Select(r => r.Id).SingleAsync(cancellationToken);
            roleIds[AppRoles.Writer] = await db.Roles.Where(r => r.Name == AppRoles.Writer).Select(r => r.Id).SingleAsync(cancellationToken);
            // One hash for every account: hashing is slow by design, and a hash verifies whichever user holds it.
            passwordHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), options.Password);
            BuildTextPools();

            var writerUsers = Enumerable.Range(1, options.Writers)
                .Select(i => User($"writer-{i}@perf.outsourcehub.test", $"Writer {Name(i)}", AppRoles.Writer))
                .ToList();
            var writers = writerUsers.Select(u => new Writer(u.Id, now.AddDays(-400)) { Bio = text.Sentences(2), Specialties = "blog posts, newsletters" }).ToList();
            db.Writers.AddRange(writers);

            var owner = User(OwnerEmail, "Maya Busy-Owner", AppRoles.Owner);
            var others = Enumerable.Range(1, options.OtherOwners)
                .Select(i => User($"owner-{i + 1}@perf.outsourcehub.test", $"Owner {Name(i + 10)}", AppRoles.Owner))
                .ToList();
            await db.SaveChangesAsync(cancellationToken);

            var clients = await ClientsAsync(owner, options.ClientsPerOwner, writers, cancellationToken);
            var showcase = await ShowcaseJobAsync(owner, clients[0], writers[0], writerUsers[0], cancellationToken);
            await JobsAsync(owner, clients, writers, writerUsers, options.Jobs - 1, cancellationToken);
            foreach (var other in others)
            {
                var theirClients = await ClientsAsync(other, 1, writers.Skip(1).Take(2).ToList(), cancellationToken);
                await JobsAsync(other, theirClients, writers.Skip(1).Take(2).ToList(), writerUsers.Skip(1).Take(2).ToList(), options.JobsPerOtherOwner, cancellationToken);
            }

            await NotificationsAsync(owner, writerUsers[0], showcase.Id, cancellationToken);
            db.ChangeTracker.Clear();

            var writerJobs = await db.ProjectsAssignedTo(writerUsers[0].Id).CountAsync(cancellationToken);
            return new PerfDataSet(
                OwnerEmail, WriterEmail, options.Password, showcase.Id, clients[0].Client.Id, clients[0].Samples[0].Id, writers[0].Id, clients[1].Client.Id, writers[1].Id, options.Jobs, writerJobs);
        }

        private void BuildTextPools()
        {
            var draftCount = Small ? 4 : 24;
            drafts = Enumerable.Range(0, draftCount).Select(i =>
            {
                // 800–3,000 words, spread evenly over the pool.
                var words = Small ? 40 + (i * 10) : 800 + (i * 2_200 / Math.Max(1, draftCount - 1));
                var markdown = text.Draft(text.Title(), words);
                return (renderer.Render(markdown), WordCounter.Count(markdown));
            }).ToList();
            comments = Enumerable.Range(0, 8).Select(_ => renderer.Render(text.Sentences(Small ? 1 : 3))).ToList();
            messages = Enumerable.Range(0, 16).Select(_ => renderer.Render(text.Sentences(1 + text.Next(Small ? 1 : 4)))).ToList();
        }

        private AppUser User(string email, string name, string role)
        {
            var user = new AppUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = name,
                CreatedAt = now.AddDays(-400),
                PasswordHash = passwordHash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[role] });
            return user;
        }

        private async Task<List<ClientKit>> ClientsAsync(AppUser owner, int count, IReadOnlyList<Writer> writers, CancellationToken cancellationToken)
        {
            var kits = new List<ClientKit>();
            for (var i = 0; i < count; i++)
            {
                var client = new Client(
                    owner.Id,
                    new ClientDetails(
                        $"{Name(i + owner.Email!.Length)} {(i % 2 == 0 ? "Coffee" : "Studio")} {i + 1}",
                        $"https://client-{i + 1}.example",
                        text.Sentences(1),
                        new VoiceProfile
                        {
                            ToneWords = "warm, plain-spoken, curious",
                            PointOfView = PointOfView.FirstPersonSingular,
                            SignatureWords = "honest cup, dial it in",
                            WordsToAvoid = "synergy, leverage, elevate",
                            CaresAbout = renderer.Render(text.Sentences(Small ? 1 : 3)),
                        },
                        renderer.Render($"- {text.Sentences(1)}\n- {text.Sentences(1)}\n- {text.Sentences(1)}"),
                        renderer.Render($"- {text.Sentences(1)}\n- {text.Sentences(1)}")),
                    now.AddDays(-300));
                db.Clients.Add(client);
                kits.Add(new ClientKit(client, []));
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var kit in kits)
            {
                kit.Samples.AddRange(Enumerable.Range(1, 3).Select(n =>
                {
                    var title = $"Sample {n}: {text.Title()}";
                    var whatToTake = text.Sentences(1);
                    return new ReferencePiece(
                        kit.Client.Id,
                        new SampleDetails(
                            title,
                            Kinds[n % Kinds.Length],
                            $"https://{FileSafe(kit.Client.Name)}.example/pieces/{n}",
                            renderer.Render(text.Draft(text.Title(), Small ? 60 : 800 + (n * 250))),
                            null,
                            whatToTake),
                        now.AddDays(-290));
                }));
                db.ReferencePieces.AddRange(kit.Samples);
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var kit in kits)
            {
                db.Roster.AddRange(writers.Select(w => new RosterEntry(kit.Client.Id, w.Id, now.AddDays(-280))));
                kit.Briefs = Enumerable.Range(0, Small ? 1 : 3).Select(v => renderer.Render(BriefFor(kit, v))).ToList();
            }

            await db.SaveChangesAsync(cancellationToken);
            return kits;
        }

        /// <summary>A kickoff brief as the assembler writes it, for one of a client's typical jobs.</summary>
        private string BriefFor(ClientKit kit, int variant)
        {
            var job = new BriefJob(
                text.Title(), Kinds[variant % Kinds.Length], 1_200, today.AddDays(14), kit.Client.Audience, text.Sentences(2),
                string.Join('\n', Enumerable.Range(0, 4).Select(_ => text.Sentences(1))), "home coffee, brewing tips",
                renderer.Render(text.Sentences(Small ? 1 : 4)), renderer.Render(text.Sentences(Small ? 1 : 2)), 2, OwnerWords.Empty);
            return KickoffBriefAssembler.Assemble(new BriefInput(
                kit.Client.Name, job, kit.Client.Voice, kit.Client.StandingExpectations, kit.Client.StandingSpecialRequests,
                kit.Samples.Select(s => new BriefSample(s.Title, s.Kind, s.Url, $"/Briefs/Sample/1/{s.Id}", s.WhatToTake)).ToList(),
                "/Thread/1",
                "Short sentences, about 12 words. First person singular (I, my). Contractions often."));
        }

        /// <summary>
        /// The job every page test and load run opens: two brief versions, the second acknowledged, a draft with a
        /// revision requested on two points, a second draft answering them, and a thread of six messages.
        /// </summary>
        private async Task<Project> ShowcaseJobAsync(AppUser owner, ClientKit kit, Writer writer, AppUser writerUser, CancellationToken cancellationToken)
        {
            var created = now.AddDays(-20);
            var job = NewJob(owner, kit, 0, created);
            job.SetDetails(job.GetDetails() with { Title = "Water: the ingredient nobody talks about", DueOn = today.AddDays(5) });
            job.ChooseSamples(kit.Samples.Select(s => s.Id));
            job.AssignWriter(writer.Id, owner.Id, created);
            job.IssueBrief(kit.Briefs[0], owner.Id, created.AddHours(1));
            var brief = job.IssueBrief(kit.Briefs[^1] == kit.Briefs[0] ? renderer.Render(kit.Briefs[0].Markdown + "\n\nOne more thing: keep it warm.") : kit.Briefs[^1], owner.Id, created.AddHours(2));
            job.AcknowledgeBrief(brief, writer.Id, writerUser.Id, created.AddHours(3));
            var first = job.SubmitDraft(writer.Id, drafts[0].Body, drafts[0].Words, writerUser.Id, created.AddDays(3));
            job.GiveFeedback(
                first, FeedbackDecision.RequestRevision, comments[0],
                [
                    new RevisionPoint(text.Sentences(1), RevisionCategory.Voice, BriefSection.Expectations),
                    new RevisionPoint(text.Sentences(1), RevisionCategory.Structure, BriefSection.NewRequest),
                ],
                owner.Id, created.AddDays(4));
            db.Projects.Add(job);
            await db.SaveChangesAsync(cancellationToken);

            var answers = job.OpenPoints.ToDictionary(p => p.Id, _ => new PointAnswer(true, null));
            var second = drafts[Math.Min(1, drafts.Count - 1)];
            job.SubmitDraft(writer.Id, second.Body, second.Words, writerUser.Id, created.AddDays(6), answers);
            for (var i = 0; i < 6; i++)
            {
                db.Messages.Add(new Message(job.Id, i % 2 == 0 ? writerUser.Id : owner.Id, messages[i], created.AddHours(4 + i)));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return job;
        }

        private async Task JobsAsync(
            AppUser owner, IReadOnlyList<ClientKit> kits, IReadOnlyList<Writer> writers, IReadOnlyList<AppUser> writerUsers, int count, CancellationToken cancellationToken)
        {
            for (var start = 0; start < count; start += BatchSize)
            {
                var secondRound = new List<(Project Job, int Writer, ProjectStatus Target, DateTime At)>();
                var batch = new List<Project>();
                for (var i = start; i < Math.Min(count, start + BatchSize); i++)
                {
                    var kit = kits[i % kits.Count];
                    var w = (i / kits.Count) % writers.Count;
                    var status = StatusPattern[i % StatusPattern.Length];
                    var created = now.AddDays(-(i % 365)).AddMinutes(-i);
                    var job = NewJob(owner, kit, i, created);
                    job.ChooseSamples(kit.Samples.Take(2 + (i % 2)).Select(s => s.Id));
                    if (status != ProjectStatus.Setup || i % 3 == 0)
                    {
                        job.AssignWriter(writers[w].Id, owner.Id, created);
                    }

                    var twoRounds = Drive(job, status, kit, writers[w], writerUsers[w], owner, i, created);
                    if (twoRounds)
                    {
                        secondRound.Add((job, w, status, created.AddDays(6)));
                    }

                    batch.Add(job);
                }

                db.Projects.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken);

                // Open points get their ids on save; the second draft answers them by id.
                foreach (var (job, w, target, at) in secondRound)
                {
                    var answers = job.OpenPoints.ToDictionary(p => p.Id, _ => new PointAnswer(true, null));
                    var body = drafts[(job.Id + 1) % drafts.Count];
                    var draft = job.SubmitDraft(writers[w].Id, body.Body, body.Words, writerUsers[w].Id, at, answers);
                    if (target == ProjectStatus.Approved)
                    {
                        job.GiveFeedback(draft, FeedbackDecision.Approve, comments[job.Id % comments.Count], [], owner.Id, at.AddDays(1));
                    }
                }

                foreach (var job in batch.Where(j => j.Status is not (ProjectStatus.Setup or ProjectStatus.Briefed or ProjectStatus.Cancelled)))
                {
                    var writerUserId = writerUsers[writers.ToList().FindIndex(x => x.Id == job.WriterId)].Id;
                    for (var m = 0; m < job.Id % 4; m++)
                    {
                        db.Messages.Add(new Message(job.Id, m % 2 == 0 ? writerUserId : owner.Id, messages[(job.Id + m) % messages.Count], job.CreatedAt.AddHours(5 + m)));
                    }
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        /// <summary>Moves a new job to its status in memory; true when it needs a second draft after the first save.</summary>
        private bool Drive(Project job, ProjectStatus status, ClientKit kit, Writer writer, AppUser writerUser, AppUser owner, int i, DateTime at)
        {
            if (status == ProjectStatus.Setup)
            {
                return false;
            }

            if (status == ProjectStatus.Cancelled)
            {
                job.Cancel(owner.Id, at.AddDays(1));
                return false;
            }

            var brief = job.IssueBrief(kit.Briefs[i % kit.Briefs.Count], owner.Id, at.AddHours(1));
            if (status == ProjectStatus.Briefed)
            {
                return false;
            }

            job.AcknowledgeBrief(brief, writer.Id, writerUser.Id, at.AddHours(5));
            if (status == ProjectStatus.InProgress)
            {
                return false;
            }

            var body = drafts[i % drafts.Count];
            var draft = job.SubmitDraft(writer.Id, body.Body, body.Words, writerUser.Id, at.AddDays(3));
            draft.RecordVoiceMatch(55 + (i % 40));
            var revised = status == ProjectStatus.RevisionRequested || (status is ProjectStatus.Submitted or ProjectStatus.Approved && i % 3 == 0);
            if (revised)
            {
                job.GiveFeedback(
                    draft, FeedbackDecision.RequestRevision, comments[i % comments.Count],
                    [
                        new RevisionPoint(text.Sentences(1), RevisionCategory.Voice, BriefSection.Expectations),
                        new RevisionPoint(text.Sentences(1), RevisionCategory.Structure, i % 2 == 0 ? BriefSection.NewRequest : BriefSection.TheJob),
                    ],
                    owner.Id, at.AddDays(4));
                return status != ProjectStatus.RevisionRequested;
            }

            if (status == ProjectStatus.Approved)
            {
                job.GiveFeedback(draft, FeedbackDecision.Approve, comments[i % comments.Count], [], owner.Id, at.AddDays(4));
            }

            return false;
        }

        private Project NewJob(AppUser owner, ClientKit kit, int i, DateTime created)
        {
            var job = new Project(kit.Client.Id, $"{text.Title()} ({i + 1})", Kinds[i % Kinds.Length], today.AddDays((i * 37 % 150) - 60), owner.Id, created);
            job.SetDetails(job.GetDetails() with
            {
                TargetLength = Kinds[i % Kinds.Length] == ContentKind.Video ? 5 : 600 + (i % 10 * 150),
                Audience = kit.Client.Audience,
                Goal = text.Sentences(1),
                KeyPoints = $"{text.Sentences(1)}\n{text.Sentences(1)}\n{text.Sentences(1)}",
                Keywords = "home coffee, brewing tips",
                Expectations = comments[i % comments.Count],
                SpecialRequests = comments[(i + 3) % comments.Count],
            });
            return job;
        }

        private async Task NotificationsAsync(AppUser owner, AppUser writerUser, int jobId, CancellationToken cancellationToken)
        {
            for (var i = 0; i < 40; i++)
            {
                var notification = new Notification(
                    i % 2 == 0 ? owner.Id : writerUser.Id, NotificationKind.NewMessage, $"New message on job {jobId}", $"/Thread/{jobId}", jobId, now.AddHours(-i));
                if (i % 4 < 2)
                {
                    notification.MarkRead(now);
                }

                db.Notifications.Add(notification);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        private static string FileSafe(string name) => new(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

        private static string Name(int i) => ((string[])["Juniper", "Oak", "Harbor", "Birch", "Cedar", "Maple", "Willow", "Aspen", "Rowan", "Hazel", "Linden", "Alder", "Elm", "Fern"])[i % 14];
    }

    private sealed class ClientKit(Client client, List<ReferencePiece> samples)
    {
        public Client Client { get; } = client;

        public List<ReferencePiece> Samples { get; } = samples;

        public List<RichText> Briefs { get; set; } = [];
    }
}
