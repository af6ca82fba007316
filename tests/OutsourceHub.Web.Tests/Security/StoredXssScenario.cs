using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core;
using OutsourceHub.Core.Accounts;
using OutsourceHub.Testing;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// The whole owner–writer loop played once through the real forms with the XSS corpus typed into every field a
/// person can fill in, then every page that shows those fields opened by the owner, the writer and an invited
/// visitor. Each page is judged as it is read (<see cref="PageSafety"/>) and kept only as its findings, so the
/// tests in <see cref="StoredXssTests"/> are questions asked of one recorded walk.
/// </summary>
/// <remarks>
/// Long fields take every payload at once (<see cref="XssPayloads.Joined"/>). Short fields take them in chunks
/// (<see cref="XssPayloads.Chunks"/>) spread over several clients, reference pieces and jobs, so every payload
/// passes through every field; the thread and the draft preview take each payload on its own as well, for the
/// payloads that only work at the start of a text.
/// </remarks>
public sealed class StoredXssScenario : IAsyncLifetime
{
    private const string Owner = "owner";
    private const string Writer = "writer";
    private const string Visitor = "invited visitor";

    /// <summary>A web address that is valid http(s) yet carries quotes and tags, for the fields that take a link.</summary>
    public const string HostileUrl = "https://ok.example/a?q=\" onmouseover=\"alert(1)\" x=\"<script>alert(1)</script>";

    private readonly List<VisitedPage> visited = [];

    private TestBrowser owner = null!;
    private TestBrowser writer = null!;

    public AppFactory App { get; } = new();

    public IReadOnlyList<VisitedPage> Visited => visited;

    /// <summary>Every save the walk made through a form, with where it went: each must have been accepted.</summary>
    public List<string> Saves { get; } = [];

    private static IReadOnlyList<string> TitleChunks { get; } = XssPayloads.Chunks(FieldLengths.Title);

    private static IReadOnlyList<string> LineChunks { get; } = XssPayloads.Chunks(FieldLengths.Line);

    private static IReadOnlyList<string> NoteChunks { get; } = XssPayloads.Chunks(FieldLengths.Note);

    private static IReadOnlyList<string> NameChunks { get; } = XssPayloads.Chunks(FieldLengths.DisplayName);

    /// <summary>Keywords are stored as "a, b": a little longer than typed, so their chunks leave room.</summary>
    private static IReadOnlyList<string> KeywordChunks { get; } = XssPayloads.Chunks(FieldLengths.Line - 100);

    private static string Chunk(IReadOnlyList<string> chunks, int index) => chunks[index % chunks.Count];

    public async Task InitializeAsync()
    {
        var ownerUser = await App.CreateUserAsync(AppRoles.Owner, name: "Maya Owner");
        owner = App.NewBrowser();
        await owner.SignInAsync(ownerUser.Email!);
        await SaveAsync(owner, "/Account/Manage", new() { ["Profile.Name"] = NameChunks[0] }, "#profile-form");

        var clients = await CreateClientsAsync();
        var mainClient = clients[0];
        var samples = await CreateSamplesAsync(mainClient);
        var (writerEmail, token) = await InviteWriterAsync(mainClient);
        writer = await JoinAsync(token);
        var jobs = await PostJobsAsync(mainClient, samples, await WriterIdAsync(writerEmail));
        var job = jobs[0];

        await VisitSetupPagesAsync(clients, samples, jobs);
        await IssueBriefAsync(job);
        await AcknowledgeBriefAsync(job, samples);
        await WriteAndSubmitFirstDraftAsync(job);
        await RequestRevisionAsync(job);
        await SubmitSecondDraftAsync(job);
        await VisitOwnerReviewAsync(job);
        await ApproveAsync(job);
        await TalkInTheThreadAsync(job);
        await RenameEveryoneAsync(job);
        await VisitEveryPageAsync(clients, samples, jobs);
    }

    public async Task DisposeAsync()
    {
        owner?.Dispose();
        writer?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>One client per chunk of the shortest field (the name): every chunk of every client field is saved once at least.</summary>
    private async Task<List<int>> CreateClientsAsync()
    {
        var ids = new List<int>();
        for (var i = 0; i < TitleChunks.Count; i++)
        {
            var location = await SaveAsync(owner, "/Clients/Create", new()
            {
                ["Input.Name"] = TitleChunks[i],
                ["Input.Website"] = HostileUrl,
                ["Input.Audience"] = Chunk(LineChunks, i),
                ["Input.ToneWords"] = Chunk(LineChunks, i + 1),
                ["Input.PointOfView"] = "FirstPersonSingular",
                ["Input.SignatureWords"] = Chunk(NoteChunks, i),
                ["Input.WordsToAvoid"] = Chunk(NoteChunks, i + 1),
                ["Input.CaresAbout"] = XssPayloads.Joined,
                ["Input.StandingExpectations"] = XssPayloads.Joined,
                ["Input.StandingSpecialRequests"] = XssPayloads.Joined,
            });
            ids.Add(IdAtEnd(location));
        }

        // Edit saves through the same fields once more, from the edit form as drawn with the payloads in it.
        await SaveAsync(owner, $"/Clients/Edit/{ids[0]}", new() { ["Input.Audience"] = Chunk(LineChunks, 2) });
        return ids;
    }

    private async Task<List<int>> CreateSamplesAsync(int clientId)
    {
        var ids = new List<int>();
        for (var i = 0; i < TitleChunks.Count; i++)
        {
            var location = await SaveAsync(owner, $"/Samples/Create/{clientId}", new()
            {
                ["Input.Title"] = TitleChunks[i],
                ["Input.Kind"] = "Article",
                ["Input.Url"] = HostileUrl,
                ["Input.Text"] = XssPayloads.Joined,
                ["Input.PublishedOn"] = "2024-05-01",
                ["Input.WhatToTake"] = Chunk(NoteChunks, i),
            });
            ids.Add(IdAtEnd(location));
        }

        await SaveAsync(owner, $"/Samples/Edit/{ids[0]}", new() { ["Input.WhatToTake"] = Chunk(NoteChunks, 1) });
        return ids;
    }

    /// <summary>Invites the writer with a note, and owners with the rest of the notes; returns the writer's link token.</summary>
    private async Task<(string Email, string Token)> InviteWriterAsync(int clientId)
    {
        var email = $"writer-{Guid.NewGuid():N}@example.com";
        await SaveAsync(owner, $"/Writers/Invite?clientId={clientId}", new() { ["Input.Email"] = email, ["Input.Note"] = NoteChunks[0] });
        var invited = await VisitAsync(owner, Owner, "/Writers/Invited");
        var link = invited.Document.QuerySelector<IHtmlInputElement>("#invitation-link")?.Value
            ?? throw new InvalidOperationException("The invitation page shows no link.");
        for (var i = 1; i < NoteChunks.Count; i++)
        {
            await SaveAsync(owner, "/Writers/InviteOwner", new() { ["Input.Email"] = $"owner-{Guid.NewGuid():N}@example.com", ["Input.Note"] = NoteChunks[i] });
        }

        return (email, new Uri(link).AbsolutePath["/Join/".Length..]);
    }

    /// <summary>The invited writer opens the link (which shows the owner's name and the client's), and joins with a name of their own.</summary>
    private async Task<TestBrowser> JoinAsync(string token)
    {
        var visitor = App.NewBrowser();
        await VisitAsync(visitor, Visitor, $"/Join/{token}");
        await SaveAsync(visitor, $"/Join/{token}", new() { ["Input.Name"] = Chunk(NameChunks, 1), ["Input.Password"] = AppFactory.Password });
        return visitor;
    }

    private Task<int> WriterIdAsync(string email) =>
        App.WithDbAsync(db => db.Writers.Where(w => db.Users.Any(u => u.Id == w.UserId && u.Email == email)).Select(w => w.Id).SingleAsync());

    /// <summary>One job per title chunk, all for the writer; the first sends every reference piece.</summary>
    private async Task<List<int>> PostJobsAsync(int clientId, List<int> samples, int writerId)
    {
        var ids = new List<int>();
        for (var i = 0; i < TitleChunks.Count; i++)
        {
            var form = await VisitAsync(owner, Owner, $"/Projects/Create?clientId={clientId}");
            form.Tick(i == 0 ? samples.ToArray() : [samples[i]]);
            var location = await SubmitAsync(owner, form, new()
            {
                ["Input.Title"] = TitleChunks[i],
                ["Input.Kind"] = "BlogPost",
                ["Input.TargetLength"] = "800",
                ["Input.Audience"] = Chunk(LineChunks, i),
                ["Input.Goal"] = Chunk(NoteChunks, i),
                ["Input.KeyPoints"] = Chunk(NoteChunks, i + 1),
                ["Input.Keywords"] = Chunk(KeywordChunks, i),
                ["Input.DueOn"] = JobPagesTestData.IsoDate(JobPagesTestData.Today.AddDays(10)),
                ["Input.Expectations"] = XssPayloads.Joined,
                ["Input.SpecialRequests"] = XssPayloads.Joined,
                ["Input.RevisionRounds"] = "2",
                ["Input.WriterId"] = writerId.ToString(CultureInfo.InvariantCulture),
            });
            ids.Add(IdAtEnd(location));
        }

        await SaveAsync(owner, $"/Projects/Edit/{ids[0]}", new() { ["Input.Goal"] = Chunk(NoteChunks, 1) });
        return ids;
    }

    /// <summary>Pages that only exist before the writer starts: the job form with the payloads in it, the cancel page.</summary>
    private async Task VisitSetupPagesAsync(List<int> clients, List<int> samples, List<int> jobs)
    {
        foreach (var job in jobs)
        {
            await VisitAsync(owner, Owner, $"/Projects/Edit/{job}");
            await VisitAsync(owner, Owner, $"/Projects/Cancel/{job}");
            await VisitAsync(owner, Owner, $"/Briefs/Preview/{job}");
        }

        foreach (var sample in samples)
        {
            await VisitAsync(owner, Owner, $"/Briefs/Sample/{jobs[0]}/{sample}");
        }

        await VisitAsync(owner, Owner, "/Projects/Create");
        await VisitAsync(owner, Owner, $"/Projects/Create?clientId={clients[0]}");
    }

    private async Task IssueBriefAsync(int job)
    {
        var preview = await VisitAsync(owner, Owner, $"/Briefs/Preview/{job}");
        await SubmitAsync(owner, preview, new());
    }

    private async Task AcknowledgeBriefAsync(int job, List<int> samples)
    {
        var brief = await VisitAsync(writer, Writer, $"/Briefs/Version/{job}");
        foreach (var box in brief.Document.QuerySelectorAll<IHtmlInputElement>("input[name='Input.ReadSampleIds']"))
        {
            box.IsChecked = true;
        }

        await SubmitAsync(writer, brief, new());
        foreach (var sample in samples)
        {
            await VisitAsync(writer, Writer, $"/Briefs/Sample/{job}/{sample}");
        }
    }

    /// <summary>The working copy, the preview of each payload on its own (the fragment the editor's script inserts), then draft 1.</summary>
    private async Task WriteAndSubmitFirstDraftAsync(int job)
    {
        var editor = await VisitAsync(writer, Writer, $"/Drafts/Submit/{job}", showsPayload: false);
        await SubmitAsync(writer, editor, new() { ["Input.Body"] = XssPayloads.Joined }, "#draft-form", "button[formaction*='handler=Save']");
        editor = await VisitAsync(writer, Writer, $"/Drafts/Submit/{job}");

        var previewUrl = editor.Document.QuerySelector("#draft-form")?.GetAttribute("data-preview-url")
            ?? throw new InvalidOperationException("The editor names no preview address.");
        foreach (var (_, text) in XssPayloads.All.Append(("every payload", XssPayloads.Joined)))
        {
            var form = RawForm.Read(editor, "#draft-form").Set("Input.Body", text);
            form.Action = previewUrl;
            Record(Writer, $"{previewUrl} (preview)", await form.PostAsync(writer), showsPayload: false);
        }

        await SubmitAsync(writer, editor, new() { ["Input.Body"] = XssPayloads.Joined }, "#draft-form");
    }

    private async Task RequestRevisionAsync(int job)
    {
        var review = await VisitAsync(owner, Owner, $"/Feedback/Give/{job}/1");
        var values = new Dictionary<string, string> { ["Input.Decision"] = "RequestRevision", ["Input.Comment"] = XssPayloads.Joined };
        for (var i = 0; i < NoteChunks.Count; i++)
        {
            values[$"Input.Points[{i}].Text"] = NoteChunks[i];
            values[$"Input.Points[{i}].Category"] = "Voice";
            values[$"Input.Points[{i}].Section"] = i == 0 ? "Voice" : "NewRequest";
        }

        await SubmitAsync(owner, review, values, "#feedback-form");
    }

    /// <summary>The writer answers each point with a note (the writer's note field) and submits draft 2.</summary>
    private async Task SubmitSecondDraftAsync(int job)
    {
        var editor = await VisitAsync(writer, Writer, $"/Drafts/Submit/{job}");
        var values = new Dictionary<string, string> { ["Input.Body"] = XssPayloads.Joined + "\n\nThe second draft, closer to the voice." };
        for (var i = 0; i < NoteChunks.Count; i++)
        {
            values[$"Input.Points[{i}].Note"] = NoteChunks[i];
        }

        await SubmitAsync(writer, editor, values, "#draft-form");
    }

    /// <summary>The review page exists only while a draft waits: it shows how the writer answered each point.</summary>
    private async Task VisitOwnerReviewAsync(int job)
    {
        await VisitAsync(owner, Owner, $"/Feedback/Give/{job}/2");
        await VisitAsync(owner, Owner, $"/Drafts/View/{job}/2");
    }

    private async Task ApproveAsync(int job)
    {
        var review = await VisitAsync(owner, Owner, $"/Feedback/Give/{job}/2");
        await SubmitAsync(owner, review, new() { ["Input.Decision"] = "Approve", ["Input.Comment"] = XssPayloads.Joined }, "#feedback-form");
    }

    /// <summary>Every payload at once from each side, then each payload on its own, as its own message.</summary>
    private async Task TalkInTheThreadAsync(int job)
    {
        // One thread form per person, submitted again and again: the antiforgery token holds for the session.
        var ownerThread = await owner.GetAsync($"/Thread/{job}");
        var writerThread = await writer.GetAsync($"/Thread/{job}");
        await SubmitAsync(owner, ownerThread, new() { ["Input.Body"] = XssPayloads.Joined });
        await SubmitAsync(writer, writerThread, new() { ["Input.Body"] = XssPayloads.Joined });
        foreach (var (_, text) in XssPayloads.All)
        {
            await SubmitAsync(owner, ownerThread, new() { ["Input.Body"] = text });
        }
    }

    /// <summary>
    /// Display names are short, so each chunk is a rename: both people take it, say something (a notification
    /// carries the name), and the pages that show names are read again.
    /// </summary>
    private async Task RenameEveryoneAsync(int job)
    {
        var ownerAccount = await owner.GetAsync("/Account/Manage");
        var writerAccount = await writer.GetAsync("/Account/Manage");
        var ownerThread = await owner.GetAsync($"/Thread/{job}");
        var writerThread = await writer.GetAsync($"/Thread/{job}");
        for (var i = 1; i <= NameChunks.Count; i++)
        {
            await SubmitAsync(owner, ownerAccount, new() { ["Profile.Name"] = Chunk(NameChunks, i) }, "#profile-form");
            await SubmitAsync(writer, writerAccount, new() { ["Profile.Name"] = Chunk(NameChunks, i + 1) }, "#profile-form");
            await SubmitAsync(owner, ownerThread, new() { ["Input.Body"] = "A question for you." });
            await SubmitAsync(writer, writerThread, new() { ["Input.Body"] = "An answer for you." });
            await VisitAsync(owner, Owner, $"/Thread/{job}");
            await VisitAsync(owner, Owner, "/Notifications");
            await VisitAsync(writer, Writer, "/Notifications");
            await VisitAsync(owner, Owner, "/Writers");
            await VisitAsync(owner, Owner, $"/Projects/Details/{job}");
        }
    }

    private async Task VisitEveryPageAsync(List<int> clients, List<int> samples, List<int> jobs)
    {
        var job = jobs[0];
        await VisitAsync(owner, Owner, "/Clients");
        foreach (var client in clients)
        {
            await VisitAsync(owner, Owner, $"/Clients/Details/{client}");
            await VisitAsync(owner, Owner, $"/Clients/Edit/{client}");
        }

        await VisitAsync(owner, Owner, $"/Samples/{clients[0]}");
        foreach (var sample in samples)
        {
            await VisitAsync(owner, Owner, $"/Samples/Details/{sample}");
            await VisitAsync(owner, Owner, $"/Samples/Edit/{sample}");
        }

        await VisitAsync(owner, Owner, "/Projects");
        await VisitAsync(owner, Owner, "/Projects?q=alert");
        foreach (var other in jobs)
        {
            await VisitAsync(owner, Owner, $"/Projects/Details/{other}");
        }

        await VisitAsync(owner, Owner, $"/Projects/Edit/{job}"); // refused now the writer has started, with the title
        await VisitAsync(owner, Owner, $"/Projects/Cancel/{job}");
        await VisitAsync(owner, Owner, "/Writers");
        await VisitAsync(owner, Owner, "/Writers/Invite");
        await VisitAsync(owner, Owner, $"/Writers/Invite?clientId={clients[0]}");
        await VisitAsync(owner, Owner, "/Writers/InviteOwner", showsPayload: false);
        await VisitAsync(owner, Owner, "/Account/Manage");
        await VisitAsync(writer, Writer, "/Account/Manage");
        await VisitAsync(writer, Writer, "/MyJobs");
        await VisitAsync(writer, Writer, $"/MyJobs/Job/{job}");

        foreach (var (browser, who) in new[] { (owner, Owner), (writer, Writer) })
        {
            await VisitAsync(browser, who, $"/Briefs/Version/{job}");
            await VisitAsync(browser, who, $"/Briefs/Version/{job}/1");
            foreach (var sample in samples)
            {
                await VisitAsync(browser, who, $"/Briefs/Sample/{job}/{sample}");
            }

            await VisitAsync(browser, who, $"/Drafts/{job}");
            await VisitAsync(browser, who, $"/Drafts/View/{job}/1");
            await VisitAsync(browser, who, $"/Drafts/View/{job}/2");
            await VisitAsync(browser, who, $"/Drafts/Compare/{job}/2");
            await VisitAsync(browser, who, $"/Thread/{job}");
            await VisitAsync(browser, who, $"/Thread/{job}?p=1");
            await VisitAsync(browser, who, $"/Notifications");
            await DownloadAsync(browser, who, $"/Briefs/Version/{job}/1?handler=Html");
            await DownloadAsync(browser, who, $"/Drafts/View/{job}/2?handler=Html");
        }

        await VisitAsync(owner, Owner, $"/Briefs/Preview/{job}");
        await VisitAsync(writer, Writer, $"/Drafts/Submit/{job}", showsPayload: false); // approved: the editor is closed
        using var anonymous = App.NewBrowser();
        await VisitAsync(anonymous, "anonymous", "/Account/Login", showsPayload: false);
    }

    /// <summary>Opens a page, which must answer 200, and records what it holds.</summary>
    private async Task<HtmlPage> VisitAsync(TestBrowser browser, string who, string url, bool showsPayload = true)
    {
        var page = await browser.GetAsync(url);
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The {who} opened {url} and got {(int)page.StatusCode} {page.Location}.");
        }

        Record(who, url, page, showsPayload);
        return page;
    }

    /// <summary>A standalone HTML download: judged for script like a page (its own print styles are expected).</summary>
    private async Task DownloadAsync(TestBrowser browser, string who, string url)
    {
        var page = await browser.GetAsync(url);
        if (page.StatusCode != HttpStatusCode.OK || page.Response.Content.Headers.ContentDisposition is null)
        {
            throw new InvalidOperationException($"The {who} downloaded {url} and got {(int)page.StatusCode}.");
        }

        visited.Add(new VisitedPage(
            who,
            url,
            IsDownload: true,
            ShowsPayload: true,
            ShowsPayloadAsText: page.Text.Contains("alert(1)", StringComparison.Ordinal),
            PageSafety.ActiveContent(page.Document),
            PageSafety.MissingHeaders(page.Response),
            []));
    }

    private void Record(string who, string url, HtmlPage page, bool showsPayload) =>
        visited.Add(new VisitedPage(
            who,
            url,
            IsDownload: false,
            showsPayload,
            page.Text.Contains("alert(1)", StringComparison.Ordinal),
            PageSafety.ActiveContent(page.Document),
            PageSafety.MissingHeaders(page.Response),
            PageSafety.InlineScriptOrStyle(page.Document)));

    /// <summary>Opens a form, fills it, submits it; the save must be accepted (a redirect). Returns where it went.</summary>
    private async Task<string> SaveAsync(TestBrowser browser, string url, Dictionary<string, string> values, string form = "main form[method=post]")
    {
        var page = await browser.GetAsync(url);
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The form at {url} answered {(int)page.StatusCode}.");
        }

        return await SubmitAsync(browser, page, values, form);
    }

    private async Task<string> SubmitAsync(TestBrowser browser, HtmlPage page, Dictionary<string, string> values, string form = "main form[method=post]", string? button = null)
    {
        var answer = await browser.SubmitAsync(page, values, form, button);
        if (answer.StatusCode != HttpStatusCode.Redirect || answer.Location is null)
        {
            var messages = string.Join(" | ", answer.Document.QuerySelectorAll(".text-danger, .alert-danger")
                .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
            throw new InvalidOperationException($"Saving {page.Url} was not accepted ({(int)answer.StatusCode}): {messages}");
        }

        Saves.Add($"{page.Url} → {answer.Location}");
        return answer.Location;
    }

    private static int IdAtEnd(string location) =>
        int.Parse(location[(location.LastIndexOf('/') + 1)..].Split('?', '#')[0], CultureInfo.InvariantCulture);
}

/// <summary>What one page held, judged when it was read.</summary>
public sealed record VisitedPage(
    string Who,
    string Url,
    bool IsDownload,
    bool ShowsPayload,
    bool ShowsPayloadAsText,
    IReadOnlyList<string> ActiveContent,
    IReadOnlyList<string> MissingHeaders,
    IReadOnlyList<string> InlineScriptOrStyle);
