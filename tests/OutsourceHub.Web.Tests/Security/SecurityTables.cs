using System.Globalization;
using System.Net;

namespace OutsourceHub.Web.Tests.Security;

// The decisions the security tests hold the app to, one row per page handler. A page the app serves that is in
// neither table fails IsolationTests (and a POST handler missing here fails AntiforgeryTests), so every new page
// needs a row: an isolation case if it reads an id, or a line saying why it has none.

/// <summary>
/// What an outsider must get back from one request. Whatever the status, a page shown to an outsider never holds
/// A's names or titles, unless <see cref="MayNameTheirs"/>: the join page says whom an invitation is for, because
/// its token opens that much.
/// </summary>
public sealed record Expected(
    HttpStatusCode Status, string? LocationStartsWith = null, string? Heading = null, string? Says = null, bool NoForm = false, bool MayNameTheirs = false)
{
    public static readonly Expected NotFound = new(HttpStatusCode.NotFound);

    /// <summary>The cookie's challenge: anonymous visitors are sent to sign in.</summary>
    public static readonly Expected SignIn = new(HttpStatusCode.Redirect, "http://localhost/Account/Login?ReturnUrl=");

    /// <summary>The role convention: a signed-in user of the other role is sent to Access denied before the page runs.</summary>
    public static readonly Expected AccessDenied = new(HttpStatusCode.Redirect, "http://localhost/Account/AccessDenied?ReturnUrl=");

    /// <summary>A list page that filters by an id: the outsider's own list, with nothing of A's on it.</summary>
    public static readonly Expected OwnPageOnly = new(HttpStatusCode.OK);

    public override string ToString() => LocationStartsWith is null ? $"{(int)Status}" : $"{(int)Status} to {LocationStartsWith}…";
}

/// <summary>One request an outsider makes, and what it must answer. A POST carries the case's form unless it has its own.</summary>
public sealed record Probe(Party Who, string Url, Expected Expected, IReadOnlyList<KeyValuePair<string, string>>? Form = null);

/// <summary>
/// One page handler that reads an id (from its route, its query or its form): whose it is, how to reach the
/// scenario's record through it, and the form a plausible POST would carry.
/// </summary>
public sealed record IsolationCase(
    string Route,
    string Method,
    string? Handler,
    Guard Guard,
    IReadOnlyList<Party> Rightful,
    Func<IsolationScenario, string> Path,
    Func<IsolationScenario, IReadOnlyList<KeyValuePair<string, string>>>? Form = null,
    Expected? OutsiderGets = null,
    Func<IsolationScenario, IReadOnlyList<Probe>>? Probes = null,
    Func<IsolationScenario, IReadOnlyList<Probe>>? MixedProbes = null,
    string? Note = null)
{
    public string Key => $"{Method} {Route}{(Handler is null ? string.Empty : $"?handler={Handler}")}";

    /// <summary>The request itself: the path with the handler, if any, in the query string.</summary>
    public string Url(IsolationScenario s) => WithHandler(Path(s), Handler);

    public IReadOnlyList<KeyValuePair<string, string>> FormFor(IsolationScenario s) => Form?.Invoke(s) ?? [];

    /// <summary>
    /// Who tries, and what each gets: B, U, S, the visitor, and whichever of A and W this handler is not for.
    /// The visitor is sent to sign in; a signed-in user of the wrong role to Access denied where the page's guard
    /// is a role; everyone else gets 404 (or, for a list that filters, their own page without A's data). Then the
    /// mixed probes: an outsider's own record with one of A's ids beside it.
    /// </summary>
    public IReadOnlyList<Probe> ProbesFor(IsolationScenario s) =>
    [
        .. Probes?.Invoke(s) ?? Enum.GetValues<Party>().Where(p => !Rightful.Contains(p)).Select(p => new Probe(p, Url(s), ExpectedFor(p))),
        .. MixedProbes?.Invoke(s) ?? [],
    ];

    public override string ToString() => Key;

    private Expected ExpectedFor(Party party) => (party, Guard) switch
    {
        (Party.Visitor, _) => Expected.SignIn,
        (Party.Writer or Party.OffRosterWriter or Party.SameClientWriter, Guard.Owners) => Expected.AccessDenied,
        (Party.Owner or Party.OtherOwner, Guard.Writers) => Expected.AccessDenied,
        _ => OutsiderGets ?? Expected.NotFound,
    };

    public static string WithHandler(string path, string? handler) =>
        handler is null ? path : $"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={handler}";
}

/// <summary>A POST handler of a page with no id, with who may use it and a plausible form: for the antiforgery tests.</summary>
public sealed record PostRecipe(string? Handler, Party Who, Func<IsolationScenario, IReadOnlyList<KeyValuePair<string, string>>>? Form = null);

/// <summary>One POST handler as its rightful user would send it, for the antiforgery tests.</summary>
public sealed record PostRequest(
    string Key, Party Who, Func<IsolationScenario, string> Url, Func<IsolationScenario, IReadOnlyList<KeyValuePair<string, string>>> Form)
{
    public override string ToString() => Key;
}

/// <summary>A page whose route has no parameter, and why it needs no isolation case: what it reads is the user's own.</summary>
public sealed record NoIdRoute(string Route, string Why, params PostRecipe[] Posts);

public static class SecurityTables
{
    private static readonly Party[] OwnerOnly = [Party.Owner];
    private static readonly Party[] WriterOnly = [Party.Writer];
    private static readonly Party[] Both = [Party.Owner, Party.Writer];

    public static readonly IReadOnlyList<IsolationCase> IsolationCases =
    [
        // Clients and samples: ClientsOf / SamplesOf the signed-in owner, under the /Clients and /Samples Owner folders.
        Get("/Clients/Details/{id}", Guard.Owners, OwnerOnly, s => $"/Clients/Details/{s.ClientA.Id}"),
        Post("/Clients/Details/{id}", "Archive", Guard.Owners, OwnerOnly, s => $"/Clients/Details/{s.ClientA.Id}"),
        Post("/Clients/Details/{id}", "Restore", Guard.Owners, OwnerOnly, s => $"/Clients/Details/{s.ClientA.Id}"),
        // The relationship view: WritersOf the signed-in owner, and only the jobs of the owner's own clients.
        Get("/Writers/Relationship/{writerId}", Guard.Owners, OwnerOnly, s => $"/Writers/Relationship/{s.W.Id}"),
        Get("/Clients/Edit/{id}", Guard.Owners, OwnerOnly, s => $"/Clients/Edit/{s.ClientA.Id}"),
        Get("/Clients/Correction/{id}/{key}", Guard.Owners, OwnerOnly, s => $"/Clients/Correction/{s.SecondClientA.Id}/{s.CorrectionKey}"),
        Post("/Clients/Correction/{id}/{key}", null, Guard.Owners, OwnerOnly, s => $"/Clients/Correction/{s.SecondClientA.Id}/{s.CorrectionKey}",
            _ => Fields(("Input.Guidance", "Expectation"), ("Input.Wording", "Taken over"))),
        Post("/Clients/Edit/{id}", null, Guard.Owners, OwnerOnly, s => $"/Clients/Edit/{s.ClientA.Id}",
            s => Fields(("Input.Name", "Taken over"), ("Input.PointOfView", "FirstPersonSingular"), ("Input.Version", Text(s.ClientA.Version)))),
        Get("/Samples/{clientId}", Guard.Owners, OwnerOnly, s => $"/Samples/{s.ClientA.Id}"),
        Get("/Samples/Create/{clientId}", Guard.Owners, OwnerOnly, s => $"/Samples/Create/{s.ClientA.Id}"),
        Post("/Samples/Create/{clientId}", null, Guard.Owners, OwnerOnly, s => $"/Samples/Create/{s.ClientA.Id}", _ => SampleFields("Planted piece")),
        Post("/Samples/Create/{clientId}", "Read", Guard.Owners, OwnerOnly, s => $"/Samples/Create/{s.ClientA.Id}", _ => SampleFields("Planted piece")),
        Get("/Samples/Details/{id}", Guard.Owners, OwnerOnly, s => $"/Samples/Details/{s.SampleA1.Id}"),
        Post("/Samples/Details/{id}", "Archive", Guard.Owners, OwnerOnly, s => $"/Samples/Details/{s.SampleA1.Id}"),
        Post("/Samples/Details/{id}", "Restore", Guard.Owners, OwnerOnly, s => $"/Samples/Details/{s.ArchivedSampleA.Id}"),
        Get("/Samples/Edit/{id}", Guard.Owners, OwnerOnly, s => $"/Samples/Edit/{s.SampleA1.Id}"),
        // ProjectsOf the signed-in owner; the scenario's job awaits review, so the page says it is not approved yet.
        Get("/Samples/FromDraft/{projectId}", Guard.Owners, OwnerOnly, s => $"/Samples/FromDraft/{s.Job.Id}"),
        Post("/Samples/FromDraft/{projectId}", null, Guard.Owners, OwnerOnly, s => $"/Samples/FromDraft/{s.Job.Id}",
            _ => Fields(("Input.Title", "Taken over"), ("Input.WhatToTake", "Taken over"))),
        Post("/Samples/Edit/{id}", null, Guard.Owners, OwnerOnly, s => $"/Samples/Edit/{s.SampleA1.Id}", _ => SampleFields("Taken over")),
        Post("/Samples/Edit/{id}", "Read", Guard.Owners, OwnerOnly, s => $"/Samples/Edit/{s.SampleA1.Id}", _ => SampleFields("Taken over")),

        // Jobs, as their owner sees them: ProjectsOf the signed-in owner, under the /Projects Owner folder.
        Get("/Projects/Details/{id}", Guard.Owners, OwnerOnly, s => $"/Projects/Details/{s.Job.Id}"),
        Get("/Projects/Edit/{id}", Guard.Owners, OwnerOnly, s => $"/Projects/Edit/{s.SetupJob.Id}"),
        Post("/Projects/Edit/{id}", null, Guard.Owners, OwnerOnly, s => $"/Projects/Edit/{s.SetupJob.Id}",
            s => [.. JobFields(s, "Taken over"), new("Input.Version", Text(s.SetupJob.Version))]),
        Get("/Projects/Cancel/{id}", Guard.Owners, OwnerOnly, s => $"/Projects/Cancel/{s.Job.Id}"),
        Post("/Projects/Cancel/{id}", null, Guard.Owners, OwnerOnly, s => $"/Projects/Cancel/{s.Job.Id}"),
        Get("/Projects/Create", Guard.Owners, OwnerOnly, s => $"/Projects/Create?clientId={s.ClientA.Id}",
            note: "no id in the route: ?clientId preselects the client"),
        Post("/Projects/Create", null, Guard.Owners, OwnerOnly, _ => "/Projects/Create",
            s => [.. JobFields(s, "Planted job"), new("Input.ClientId", Text(s.ClientA.Id))],
            mixed: s =>
            [
                new(Party.OtherOwner, "/Projects/Create", new(HttpStatusCode.OK, Says: "Choose a writer on this client's roster."),
                    [.. JobFields(s, "Planted job"), new("Input.ClientId", Text(s.ClientB.Id))]),
            ],
            note: "no id in the route: Input.ClientId, Input.WriterId and Input.SampleIds are A's; mixed: B's own client with A's writer and sample is refused beside the fields"),
        Get("/Projects", Guard.Owners, OwnerOnly, s => $"/Projects?clientId={s.ClientA.Id}&writerId={s.W.Id}",
            outsiderGets: Expected.OwnPageOnly,
            note: "no id in the route: the clientId and writerId filters only narrow the owner's own jobs, so B sees their own empty list"),

        // Writers and invitations: the owner's own clients and the invitations they sent, under the /Writers Owner folder.
        Get("/Writers/Invite", Guard.Owners, OwnerOnly, s => $"/Writers/Invite?clientId={s.ClientA.Id}", note: "no id in the route: ?clientId"),
        Post("/Writers/Invite", null, Guard.Owners, OwnerOnly, _ => "/Writers/Invite",
            s => Fields(("Input.ClientId", Text(s.ClientA.Id)), ("Input.Email", "planted@example.com")), note: "no id in the route: Input.ClientId"),
        Post("/Writers", "Revoke", Guard.Owners, OwnerOnly, _ => "/Writers",
            s => Fields(("id", Text(s.PendingInvitationId))), note: "no id in the route: the invitation id is in the form"),
        Post("/Writers", "Remove", Guard.Owners, OwnerOnly, _ => "/Writers",
            s => Fields(("clientId", Text(s.ClientA.Id)), ("writerId", Text(s.W.Id))), note: "no id in the route: the client and writer ids are in the form"),

        // The brief. Preview and Give carry [Authorize(Roles = Owner)] on the page; the rest are for the job's two parties.
        Get("/Briefs/Preview/{projectId}", Guard.Owners, OwnerOnly, s => $"/Briefs/Preview/{s.SetupJob.Id}"),
        Post("/Briefs/Preview/{projectId}", null, Guard.Owners, OwnerOnly, s => $"/Briefs/Preview/{s.SetupJob.Id}"),
        Get("/Briefs/Version/{projectId}/{number?}", Guard.SignedIn, Both, s => $"/Briefs/Version/{s.Job.Id}/2"),
        Get("/Briefs/Version/{projectId}/{number?}", "Markdown", Guard.SignedIn, Both, s => $"/Briefs/Version/{s.Job.Id}/2"),
        Get("/Briefs/Version/{projectId}/{number?}", "Html", Guard.SignedIn, Both, s => $"/Briefs/Version/{s.Job.Id}/2"),
        Get("/Briefs/Version/{projectId}/{number?}", "Docx", Guard.SignedIn, Both, s => $"/Briefs/Version/{s.Job.Id}/2"),
        Post("/Briefs/Version/{projectId}/{number?}", "Acknowledge", Guard.SignedIn, WriterOnly, s => $"/Briefs/Version/{s.Job.Id}/2",
            s => Fields(("Input.ReadSampleIds", Text(s.SampleA1.Id)), ("Input.ReadSampleIds", Text(s.SampleA2.Id)))),
        Get("/Briefs/Sample/{projectId}/{sampleId}", Guard.SignedIn, Both, s => $"/Briefs/Sample/{s.Job.Id}/{s.SampleA1.Id}",
            mixed: s => [new(Party.SameClientWriter, $"/Briefs/Sample/{s.OtherJob.Id}/{s.SampleA2.Id}", Expected.NotFound)],
            note: "mixed: S's own job with a sample of the same client that its brief never sent"),

        // Drafts and feedback.
        Get("/Drafts/{projectId}", Guard.SignedIn, Both, s => $"/Drafts/{s.Job.Id}"),
        Get("/Drafts/Submit/{projectId}", Guard.SignedIn, WriterOnly, s => $"/Drafts/Submit/{s.Job.Id}"),
        Post("/Drafts/Submit/{projectId}", null, Guard.SignedIn, WriterOnly, s => $"/Drafts/Submit/{s.Job.Id}",
            _ => Fields(("Input.Body", "A planted draft."), ("Input.DraftsSubmittedWhenOpened", "2"))),
        Post("/Drafts/Submit/{projectId}", "Save", Guard.SignedIn, WriterOnly, s => $"/Drafts/Submit/{s.Job.Id}",
            _ => Fields(("Input.Body", "A planted working copy."))),
        // Without a file the rightful writer is asked for one; anyone else gets 404 before a file is read.
        Post("/Drafts/Submit/{projectId}", "Load", Guard.SignedIn, WriterOnly, s => $"/Drafts/Submit/{s.Job.Id}",
            _ => Fields(("Input.Body", "A planted draft."), ("replaceText", "true"))),
        Post("/Drafts/Submit/{projectId}", "Preview", Guard.SignedIn, WriterOnly, s => $"/Drafts/Submit/{s.Job.Id}",
            _ => Fields(("Input.Body", "# A planted preview"))),
        Post("/Drafts/Submit/{projectId}", "CheckVoice", Guard.SignedIn, WriterOnly, s => $"/Drafts/Submit/{s.Job.Id}",
            _ => Fields(("Input.Body", "# A planted preview"))),
        Get("/Drafts/View/{projectId}/{number}", Guard.SignedIn, Both, s => $"/Drafts/View/{s.Job.Id}/2"),
        Get("/Drafts/View/{projectId}/{number}", "Markdown", Guard.SignedIn, Both, s => $"/Drafts/View/{s.Job.Id}/2"),
        Get("/Drafts/View/{projectId}/{number}", "Html", Guard.SignedIn, Both, s => $"/Drafts/View/{s.Job.Id}/2"),
        Get("/Drafts/View/{projectId}/{number}", "Docx", Guard.SignedIn, Both, s => $"/Drafts/View/{s.Job.Id}/2"),
        Get("/Drafts/Compare/{projectId}/{number}", Guard.SignedIn, Both, s => $"/Drafts/Compare/{s.Job.Id}/2"),
        Get("/Feedback/Give/{projectId}/{number}", Guard.Owners, OwnerOnly, s => $"/Feedback/Give/{s.Job.Id}/2"),
        Post("/Feedback/Give/{projectId}/{number}", null, Guard.Owners, OwnerOnly, s => $"/Feedback/Give/{s.Job.Id}/2",
            _ => Fields(("Input.Decision", "Approve"), ("Input.Comment", "Approved from outside."))),

        // The open line, the writer's job page, notices.
        Get("/Thread/{projectId}", Guard.SignedIn, Both, s => $"/Thread/{s.Job.Id}"),
        Post("/Thread/{projectId}", null, Guard.SignedIn, Both, s => $"/Thread/{s.Job.Id}", _ => Fields(("Input.Body", "A planted message."))),
        Get("/MyJobs/Job/{projectId}", Guard.Writers, WriterOnly, s => $"/MyJobs/Job/{s.Job.Id}"),
        Post("/Notifications", "Open", Guard.SignedIn, OwnerOnly, _ => "/Notifications",
            s => Fields(("id", Text(s.OwnerNotificationId))), note: "no id in the route: the notification id is in the form"),

        // The invitation link is anonymous by design: an unknown or someone else's token gives the clear page and creates nothing.
        // Password reset: anonymous by design, the link's token is the credential. A token made for another account
        // (or none) opens nothing and changes nothing, whoever presents it.
        Get("/Account/ResetPassword", Guard.Anonymous, [Party.Visitor], s => s.ResetPath, probes: ResetProbes),
        Post("/Account/ResetPassword", null, Guard.Anonymous, [Party.Visitor], s => s.ResetPath,
            _ => Fields(("Input.Password", "a planted new password")), probes: ResetProbes),
        Get("/Join/{token}", Guard.Anonymous, [Party.Visitor], s => $"/Join/{s.PendingToken}", probes: JoinProbes(null)),
        Post("/Join/{token}", null, Guard.Anonymous, [Party.Visitor], s => $"/Join/{s.PendingToken}",
            _ => Fields(("Input.Name", "Planted Person"), ("Input.Password", "a planted password of some length")), probes: JoinProbes(null)),
        Post("/Join/{token}", "Join", Guard.Anonymous, WriterOnly, s => $"/Join/{s.WritersOwnToken}", probes: JoinProbes("Join"),
            note: "W's own invitation (to W's email) is the rightful use; for everyone else the pending one is someone else's"),
    ];

    public static readonly IReadOnlyList<NoIdRoute> NoIdRoutes =
    [
        new("/", "sends each person to their own start page by role; reads nothing"),
        new("/Account/AccessDenied", "a fixed explanation"),
        new("/Account/ForgotPassword", "queues a reset link to the address typed; answers every address alike",
            new PostRecipe(null, Party.Visitor, _ => Fields(("Input.Email", "nobody@example.com")))),
        new("/Account/ResetPassword", "reads userId and token from its link: its isolation cases try a token made for another account"),
        new("/Account/Login", "signs in with the email and password typed",
            new PostRecipe(null, Party.Visitor, _ => Fields(("Input.Email", "nobody@example.com"), ("Input.Password", "not the password at all")))),
        new("/Account/Logout", "signs out the signed-in user", new PostRecipe(null, Party.OffRosterWriter)),
        new("/Account/Manage", "the signed-in user's own account (UserManager.GetUserAsync(User))",
            new PostRecipe("Profile", Party.OtherOwner, _ => Fields(("Profile.Name", "Planted Name"), ("Profile.Email", "planted-name@example.com"))),
            new PostRecipe("Password", Party.OtherOwner, _ => Fields(("Password.CurrentPassword", Infrastructure.AppFactory.Password), ("Password.NewPassword", "a planted new password")))),
        new("/Account/Register", "creates a new owner account (404 unless Registration:Owners is Open)",
            new PostRecipe(null, Party.Visitor, _ => Fields(("Input.Name", "Planted Owner"), ("Input.Email", "planted-owner@example.com"), ("Input.Password", "a planted password of some length")))),
        new("/Account/Setup", "first run only: 404 once any account exists",
            new PostRecipe(null, Party.Visitor, _ => Fields(("Input.Name", "Planted Owner"), ("Input.Email", "planted-first@example.com"), ("Input.Password", "a planted password of some length")))),
        new("/Clients", "ClientsOf(the signed-in owner)"),
        new("/Clients/Create", "creates a client owned by the signed-in owner; the form holds no id",
            new PostRecipe(null, Party.Owner, _ => Fields(("Input.Name", "Planted client"), ("Input.PointOfView", "FirstPersonSingular")))),
        new("/Error", "the error page: a status in words, no data", new PostRecipe(null, Party.Visitor)),
        new("/MyJobs", "ProjectsAssignedTo(the signed-in writer)"),
        new("/Notifications", "the signed-in user's own notifications; ?handler=Open has its isolation case",
            new PostRecipe("ReadAll", Party.Writer)),
        new("/Projects", "ProjectsOf(the signed-in owner); its id filters have their isolation case"),
        new("/Projects/Create", "a job for one of the owner's clients; ?clientId and the form's ids have their isolation cases"),
        new("/Writers", "the rosters of the owner's own clients; ?handler=Revoke and ?handler=Remove have their isolation cases"),
        new("/Writers/Invite", "?clientId and Input.ClientId have their isolation cases"),
        new("/Writers/InviteOwner", "invites a new owner to the install; the form holds no id",
            new PostRecipe(null, Party.Owner, _ => Fields(("Input.Email", "planted-invitee@example.com")))),
        new("/Writers/Invited", "shows the link from the owner's own TempData cookie, once"),
    ];

    /// <summary>Every POST handler with who may use it and a plausible form: the isolation cases' and those of the pages without ids.</summary>
    public static IReadOnlyList<PostRequest> PostRequests =>
    [
        .. IsolationCases.Where(c => c.Method == "POST").Select(c => new PostRequest(c.Key, c.Rightful[0], c.Url, c.FormFor)),
        .. NoIdRoutes.SelectMany(r => r.Posts.Select(p => new PostRequest(
            $"POST {r.Route}{(p.Handler is null ? string.Empty : $"?handler={p.Handler}")}",
            p.Who,
            _ => IsolationCase.WithHandler(r.Route, p.Handler),
            p.Form ?? (_ => [])))),
    ];

    public static IsolationCase Case(string key) => IsolationCases.Single(c => c.Key == key);

    /// <summary>
    /// The join page for everyone but its rightful user: an unknown token is "not valid" (404) for all; a signed-in
    /// person holding A's open invitation for someone else's email gets a page saying whom it is for, with no form.
    /// </summary>
    private static IReadOnlyList<Probe> ResetProbes(IsolationScenario s) =>
        [.. Enum.GetValues<Party>().Select(p => new Probe(p, s.ForeignResetPath, new Expected(HttpStatusCode.Gone, Says: "This reset link is no longer valid")))];

    private static Func<IsolationScenario, IReadOnlyList<Probe>> JoinProbes(string? handler) => s =>
    [
        .. Enum.GetValues<Party>().Select(p => new Probe(
            p, IsolationCase.WithHandler($"/Join/{IsolationScenario.UnknownToken}", handler), new Expected(HttpStatusCode.NotFound, Heading: "This invitation link is not valid", NoForm: true))),
        .. Enum.GetValues<Party>().Where(p => p != Party.Visitor).Select(p => new Probe(
            p, IsolationCase.WithHandler($"/Join/{s.PendingToken}", handler), new Expected(HttpStatusCode.OK, Says: "This invitation is for new-writer@example.com", NoForm: true, MayNameTheirs: true))),
    ];

    private static IsolationCase Get(
        string route, Guard guard, Party[] rightful, Func<IsolationScenario, string> path, Expected? outsiderGets = null,
        Func<IsolationScenario, IReadOnlyList<Probe>>? probes = null, Func<IsolationScenario, IReadOnlyList<Probe>>? mixed = null, string? note = null) =>
        new(route, "GET", null, guard, rightful, path, null, outsiderGets, probes, mixed, note);

    private static IsolationCase Get(string route, string handler, Guard guard, Party[] rightful, Func<IsolationScenario, string> path) =>
        new(route, "GET", handler, guard, rightful, path);

    private static IsolationCase Post(
        string route, string? handler, Guard guard, Party[] rightful, Func<IsolationScenario, string> path,
        Func<IsolationScenario, IReadOnlyList<KeyValuePair<string, string>>>? form = null,
        Func<IsolationScenario, IReadOnlyList<Probe>>? probes = null, Func<IsolationScenario, IReadOnlyList<Probe>>? mixed = null, string? note = null) =>
        new(route, "POST", handler, guard, rightful, path, form, null, probes, mixed, note);

    private static KeyValuePair<string, string>[] Fields(params (string Name, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToArray();

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string>[] SampleFields(string title) => Fields(
        ("Input.Title", title), ("Input.Kind", "BlogPost"), ("Input.Url", "https://example.com/planted"), ("Input.WhatToTake", "Everything."));

    private static KeyValuePair<string, string>[] JobFields(IsolationScenario s, string title) => Fields(
        ("Input.Title", title),
        ("Input.Kind", "BlogPost"),
        ("Input.TargetLength", "800"),
        ("Input.DueOn", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("Input.RevisionRounds", "2"),
        ("Input.WriterId", Text(s.W.Id)),
        ("Input.SampleIds", Text(s.SampleA1.Id)));
}
