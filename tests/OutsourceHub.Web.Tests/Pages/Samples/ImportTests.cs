using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Imports;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Pages.Samples;

/// <summary>
/// A reference piece's text read from a file for the owner to check before saving, a writer's draft loaded from a
/// file into the editor, and drafts and briefs downloaded as Word documents.
/// </summary>
public sealed class ImportTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private const string Vtt = "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\n<v Maya>Good morning from the roastery.\n\n2\n00:00:02.100 --> 00:00:04.000\n<v Maya>Today: the moka pot.\n";

    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task A_word_document_fills_the_text_and_an_empty_title_and_nothing_is_saved_until_the_owner_saves()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var form = await browser.GetAsync($"/Samples/Create/{client.Id}");
        var docx = Docx.FromMarkdown("# Water\n\nFor two years I eyeballed my coffee. It was *fine*.\n", "Water");

        var read = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.WhatToTake"] = "The opening." }, button: "button[formaction='?handler=Read']", file: ("Upload", "Water at home.docx", docx));

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("# Water\n\nFor two years I eyeballed my coffee. It was *fine*.\n", read.ValueOf("Input.Text")?.ReplaceLineEndings("\n"));
        Assert.Equal("Water at home", read.ValueOf("Input.Title"));
        Assert.Equal("The opening.", read.ValueOf("Input.WhatToTake"));
        Assert.Equal(0, await app.WithDbAsync(db => db.ReferencePieces.CountAsync(r => r.ClientId == client.Id)));
        var saved = await browser.SubmitAsync(read);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("<em>fine</em>", await app.WithDbAsync(db => db.ReferencePieces.Where(r => r.ClientId == client.Id).Select(r => r.Text.Html).SingleAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Captions_become_the_text_of_a_video_sample_on_its_edit_page()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id, "Moka pot, live");
        await app.WithDbAsync(db => db.ReferencePieces.Where(r => r.Id == sample.Id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Text.Markdown, string.Empty).SetProperty(r => r.Text.Html, string.Empty).SetProperty(r => r.Url, "https://example.com/moka")));
        var form = await browser.GetAsync($"/Samples/Edit/{sample.Id}");

        var read = await browser.SubmitAsync(form, button: "button[formaction='?handler=Read']", file: ("Upload", "moka.vtt", Encoding.UTF8.GetBytes(Vtt)));

        Assert.Equal("Good morning from the roastery. Today: the moka pot.\n", read.ValueOf("Input.Text")?.ReplaceLineEndings("\n"));
        Assert.Equal("Moka pot, live", read.ValueOf("Input.Title"));
    }

    [Fact]
    public async Task A_file_that_gives_no_text_or_would_overwrite_typed_text_is_refused_beside_the_field_keeping_what_was_typed()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var form = await browser.GetAsync($"/Samples/Create/{client.Id}");
        const string button = "button[formaction='?handler=Read']";

        var binary = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Kept" }, button: button, file: ("Upload", "photo.docx", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]));
        var empty = await browser.SubmitAsync(form, button: button, file: ("Upload", "empty.txt", []));
        var typed = await browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Text"] = "My own words." }, button: button, file: ("Upload", "a.txt", Encoding.UTF8.GetBytes("Other words.")));
        var tooLarge = await browser.SubmitAsync(form, button: button, file: ("Upload", "big.txt", Encoding.UTF8.GetBytes(new string('a', FileImport.MaxBytes + 1))));

        Assert.Equal(FileImport.NotText, binary.ErrorFor("Upload"));
        Assert.Equal("Kept", binary.ValueOf("Input.Title"));
        Assert.Equal(FileImport.Empty, empty.ErrorFor("Upload"));
        Assert.Equal(Web.Pages.Samples.SampleFields.TextAlreadyThere, typed.ErrorFor("Upload"));
        Assert.Equal("My own words.", typed.ValueOf("Input.Text"));
        Assert.Equal(FileImport.TooLarge, tooLarge.ErrorFor("Upload"));
        Assert.Equal(0, await app.WithDbAsync(db => db.ReferencePieces.CountAsync(r => r.ClientId == client.Id)));
    }

    [Fact]
    public async Task Another_owners_client_or_sample_answers_404_to_a_file()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id);
        var (_, stranger) = await app.SignedInOwnerAsync();
        using var __ = stranger;
        var theirs = await stranger.GetAsync("/Clients/Create");
        var file = ("Upload", "a.txt", Encoding.UTF8.GetBytes("Words."));

        var create = await stranger.SubmitAsync(theirs.PostingTo($"/Samples/Create/{client.Id}?handler=Read"), file: file);
        var edit = await stranger.SubmitAsync(theirs.PostingTo($"/Samples/Edit/{sample.Id}?handler=Read"), file: file);

        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
    }

    [Fact]
    public async Task A_writer_loads_a_draft_from_a_word_document_into_the_editor_and_nothing_is_submitted()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        await scenario.StartAsync(app);
        using var writer = await scenario.WriterBrowserAsync(app);
        var editor = await writer.GetAsync($"/Drafts/Submit/{scenario.Job.Id}");
        var docx = Docx.FromMarkdown("# Water\n\nMy draft, written in Word.\n", "Water");
        const string load = "button[formaction*='handler=Load']";

        var loaded = await writer.SubmitAsync(editor, button: load, form: "#draft-form", file: ("Upload", "draft.docx", docx));
        var overTyped = await writer.SubmitAsync(loaded, new Dictionary<string, string> { ["Input.Body"] = "Typed since." }, button: load, form: "#draft-form", file: ("Upload", "draft.docx", docx));
        var replaced = await writer.SubmitAsync(loaded, new Dictionary<string, string> { ["Input.Body"] = "Typed since.", ["replaceText"] = "true" }, button: load, form: "#draft-form", file: ("Upload", "draft.md", Encoding.UTF8.GetBytes("A *Markdown* draft.")));

        Assert.Equal("# Water\n\nMy draft, written in Word.\n", loaded.ValueOf("Input.Body")?.ReplaceLineEndings("\n"));
        Assert.Contains("Loaded from draft.docx", loaded.Document.QuerySelector("#loaded-from")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Web.Pages.Drafts.SubmitModel.TickToReplace, overTyped.ErrorFor("Upload"));
        Assert.Equal("Typed since.", overTyped.ValueOf("Input.Body"));
        Assert.Equal("A *Markdown* draft.\n", replaced.ValueOf("Input.Body")?.ReplaceLineEndings("\n"));
        Assert.Equal("A *Markdown* draft.\n", await app.WithDbAsync(db => db.WorkingCopies.Where(w => w.ProjectId == scenario.Job.Id).Select(w => w.Body).SingleAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Drafts.CountAsync(d => d.ProjectId == scenario.Job.Id)));
    }

    [Fact]
    public async Task Drafts_and_brief_versions_download_as_word_documents_that_read_back_the_same()
    {
        var scenario = await BriefScenario.CreateAsync(app);
        using var owner = await scenario.OwnerBrowserAsync(app);
        await scenario.IssueAsync(owner);
        await app.WithDbAsync(async db =>
        {
            var job = await db.Projects.Include(p => p.Briefs).ThenInclude(b => b.Acknowledgements).SingleAsync(p => p.Id == scenario.Job.Id);
            job.AcknowledgeBrief(job.Briefs.Single(), scenario.Writer.Id, scenario.WriterUser.Id, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        using var writer = await scenario.WriterBrowserAsync(app);
        await writer.SubmitDraftAsync(scenario.Job.Id, "# Water\n\nIt was *fine*, and **only** fine.\n\n- Filtered water\n- A coarser grind\n");

        var (_, stranger) = await app.SignedInOwnerAsync();
        using var __ = stranger;

        var draft = await owner.Http.GetAsync(new Uri($"/Drafts/View/{scenario.Job.Id}/1?handler=Docx", UriKind.Relative));
        var brief = await writer.Http.GetAsync(new Uri($"/Briefs/Version/{scenario.Job.Id}/1?handler=Docx", UriKind.Relative));
        var notTheirs = await stranger.Http.GetAsync(new Uri($"/Drafts/View/{scenario.Job.Id}/1?handler=Docx", UriKind.Relative));

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", draft.Content.Headers.ContentType?.MediaType);
        Assert.Equal("# Water\n\nIt was *fine*, and **only** fine.\n\n- Filtered water\n- A coarser grind\n", Docx.ToMarkdown(await draft.Content.ReadAsStreamAsync()));
        Assert.Equal(HttpStatusCode.OK, brief.StatusCode);
        Assert.StartsWith("# Kickoff brief: ", Docx.ToMarkdown(await brief.Content.ReadAsStreamAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, notTheirs.StatusCode);
    }
}
