using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;
using OutsourceHub.Web.Pages.Projects;
using OutsourceHub.Web.Tests.Infrastructure;
using static OutsourceHub.Web.Tests.Infrastructure.JobPagesTestData;

namespace OutsourceHub.Web.Tests.Pages.Projects;

public sealed class CreateTests(SignedUpApp fixture) : IClassFixture<SignedUpApp>
{
    private readonly AppFactory app = fixture.App;

    [Fact]
    public async Task With_one_client_the_form_opens_for_it_with_its_audience_roster_and_active_samples()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id, "Why I stopped weighing my beans");
        var archived = await app.CreateSampleAsync(client.Id, "An old piece");
        await app.WithDbAsync(async db =>
        {
            (await db.ReferencePieces.SingleAsync(r => r.Id == archived.Id)).Archive(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var (_, writer) = await app.CreateWriterAsync(client.Id, "Sam Okafor");

        var page = await browser.GetAsync("/Projects/Create");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Post a job", page.Heading);
        Assert.Equal(client.Name, page.Document.QuerySelector("#client-name")?.TextContent);
        Assert.Equal(client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), page.ValueOf("Input.ClientId"));
        Assert.Equal("Home brewers", page.ValueOf("Input.Audience"));
        Assert.Equal("2", page.ValueOf("Input.RevisionRounds"));
        Assert.Contains(page.Document.QuerySelectorAll("select[name='Input.WriterId'] option"), o => o.TextContent == "Sam Okafor" && o.GetAttribute("value") == writer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(sample.Title, page.Text, StringComparison.Ordinal);
        Assert.Contains("What to take from it: Notice how I open with a story.", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(archived.Title, page.Text, StringComparison.Ordinal);
        Assert.Empty(page.Ticked());
    }

    [Fact]
    public async Task With_several_clients_it_first_asks_which_client_and_the_answer_preselects_it()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var first = await app.CreateClientAsync(owner.Id, "Acme Roasters");
        var second = await app.CreateClientAsync(owner.Id, "Brightside Bakery");

        var question = await browser.GetAsync("/Projects/Create");
        var form = await browser.GetAsync($"/Projects/Create?clientId={second.Id}");

        Assert.Null(question.Document.QuerySelector("form[method=post] [name='Input.Title']"));
        var choices = question.Document.QuerySelectorAll("#choose-client a");
        Assert.Equal(["Acme Roasters", "Brightside Bakery"], choices.Select(a => a.TextContent));
        Assert.Equal($"/Projects/Create?clientId={first.Id}", choices[0].GetAttribute("href"));
        Assert.Equal("Brightside Bakery", form.Document.QuerySelector("#client-name")?.TextContent);
        Assert.Equal(second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), form.ValueOf("Input.ClientId"));
    }

    [Fact]
    public async Task An_owner_without_clients_is_told_to_add_one_first()
    {
        var (_, browser) = await app.SignedInOwnerAsync();
        using var __ = browser;

        var page = await browser.GetAsync("/Projects/Create");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("you have none yet", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_job_is_saved_in_setup_with_its_samples_in_order_and_its_writer()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var first = await app.CreateSampleAsync(client.Id, "First piece");
        var second = await app.CreateSampleAsync(client.Id, "Second piece");
        await app.CreateSampleAsync(client.Id, "Not chosen");
        var (_, writer) = await app.CreateWriterAsync(client.Id);
        var form = (await browser.GetAsync("/Projects/Create")).Tick(second.Id, first.Id);

        var posted = await browser.SubmitAsync(form, new Dictionary<string, string>(ValidJobFields()) { ["Input.WriterId"] = $"{writer.Id}" });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var job = await app.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.Samples).Include(p => p.Events)
            .SingleAsync(p => p.ClientId == client.Id));
        Assert.Equal($"/Projects/Details/{job.Id}", posted.Location);
        Assert.Equal(ProjectStatus.Setup, job.Status);
        Assert.Equal("Cold brew without the fuss", job.Title);
        Assert.Equal(ContentKind.BlogPost, job.Kind);
        Assert.Equal(1200, job.TargetLength);
        Assert.Equal("Home brewers in a hurry", job.Audience);
        Assert.Equal("Start from a real moment\nOne technique, plainly\nOne thing to try tomorrow", job.KeyPoints);
        Assert.Equal("cold brew, home coffee", job.Keywords);
        Assert.Equal(Today.AddDays(14), job.DueOn);
        Assert.Equal("Open with **a story**.", job.Expectations.Markdown);
        Assert.Contains("<strong>a story</strong>", job.Expectations.Html, StringComparison.Ordinal);
        Assert.Contains("<li>Never name competitors</li>", job.SpecialRequests.Html, StringComparison.Ordinal);
        Assert.Equal(3, job.RevisionRoundsIncluded);
        Assert.Equal(writer.Id, job.WriterId);
        // Form order is reading order: the first piece is listed first.
        Assert.Equal([first.Id, second.Id], job.Samples.OrderBy(s => s.Position).Select(s => s.ReferencePieceId));
        Assert.Equal([ProjectEventKind.Created, ProjectEventKind.WriterAssigned], job.Events.OrderBy(e => e.Id).Select(e => e.Kind));
        Assert.All(job.Events, e => Assert.Equal(owner.Id, e.ActorId));
    }

    [Fact]
    public async Task A_job_without_samples_or_writer_can_be_posted_while_in_setup()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        await app.CreateSampleAsync(client.Id);

        var posted = await browser.SubmitAsync(await browser.GetAsync("/Projects/Create"), ValidJobFields());

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var job = await app.WithDbAsync(db => db.Projects.AsNoTracking().Include(p => p.Samples).SingleAsync(p => p.ClientId == client.Id));
        Assert.Empty(job.Samples);
        Assert.Null(job.WriterId);
    }

    [Fact]
    public async Task Bad_input_is_explained_beside_each_field_and_what_was_typed_stays()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var sample = await app.CreateSampleAsync(client.Id);
        var form = (await browser.GetAsync("/Projects/Create")).Tick(sample.Id);

        var page = await browser.SubmitAsync(form, new Dictionary<string, string>(ValidJobFields())
        {
            ["Input.Title"] = "  ",
            ["Input.Kind"] = "",
            ["Input.TargetLength"] = "0",
            ["Input.Audience"] = new string('a', 501),
            ["Input.DueOn"] = IsoDate(Today.AddDays(-1)),
            ["Input.RevisionRounds"] = "11",
            ["Input.Goal"] = "",
            ["Input.Expectations"] = "Keep *this* text",
            ["Input.Keywords"] = string.Join(",", Enumerable.Range(0, 100).Select(i => $"kw{i:00}")),
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Give the job a title.", page.ErrorFor("Input.Title"));
        Assert.Equal("Choose the kind of content.", page.ErrorFor("Input.Kind"));
        Assert.Equal("Enter a length from 1 to 100,000 words.", page.ErrorFor("Input.TargetLength"));
        Assert.Equal("Keep this to 500 characters or fewer; it has 501.", page.ErrorFor("Input.Audience"));
        Assert.Equal("Say what this piece should achieve.", page.ErrorFor("Input.Goal"));
        Assert.Equal("Choose today or a later date.", page.ErrorFor("Input.DueOn"));
        Assert.Equal("Choose from 0 to 10 rounds.", page.ErrorFor("Input.RevisionRounds"));
        Assert.Equal("Keep this to 500 characters or fewer; it has 598.", page.ErrorFor("Input.Keywords")); // as stored: "kw00, kw01, …"
        Assert.Equal("Keep *this* text", page.ValueOf("Input.Expectations"));
        Assert.Equal(IsoDate(Today.AddDays(-1)), page.ValueOf("Input.DueOn"));
        Assert.Equal("11", page.ValueOf("Input.RevisionRounds"));
        Assert.Equal([sample.Id], page.Ticked());
        Assert.Equal(client.Name, page.Document.QuerySelector("#client-name")?.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.Projects.CountAsync(p => p.ClientId == client.Id)));
    }

    [Fact]
    public async Task A_video_is_measured_in_minutes()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        await app.CreateClientAsync(owner.Id);

        var page = await browser.SubmitAsync(await browser.GetAsync("/Projects/Create"), new Dictionary<string, string>(ValidJobFields())
        {
            ["Input.Kind"] = "Video",
            ["Input.TargetLength"] = "1200",
        });

        Assert.Equal("Enter a length from 1 to 600 minutes.", page.ErrorFor("Input.TargetLength"));
        Assert.Equal("minutes", page.Document.QuerySelector("[data-length-unit]")?.TextContent);
    }

    [Fact]
    public async Task Values_that_are_not_what_the_form_offers_get_a_message_never_a_500()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);

        var page = await browser.SubmitAsync(await browser.GetAsync("/Projects/Create"), new Dictionary<string, string>(ValidJobFields())
        {
            ["Input.Kind"] = "Podcast",
            ["Input.TargetLength"] = "lots",
            ["Input.DueOn"] = "next tuesday",
            ["Input.WriterId"] = "someone",
            ["Input.SampleIds"] = "many",
            ["Input.Title"] = new string('t', 201),
        });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEmpty(page.ErrorFor("Input.Kind"));
        Assert.NotEmpty(page.ErrorFor("Input.TargetLength"));
        Assert.NotEmpty(page.ErrorFor("Input.DueOn"));
        Assert.NotEmpty(page.ErrorFor("Input.WriterId"));
        Assert.NotEmpty(page.ErrorFor("Input.SampleIds"));
        Assert.Equal("Keep this to 200 characters or fewer; it has 201.", page.ErrorFor("Input.Title"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Projects.CountAsync(p => p.ClientId == client.Id)));
    }

    [Fact]
    public async Task A_writer_who_is_not_on_the_clients_roster_is_refused_with_a_message()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var otherClient = await app.CreateClientAsync(owner.Id, "Another client");
        var (_, otherWriter) = await app.CreateWriterAsync(otherClient.Id);
        var form = await browser.GetAsync($"/Projects/Create?clientId={client.Id}");

        var page = await browser.SubmitAsync(form, new Dictionary<string, string>(ValidJobFields()) { ["Input.WriterId"] = $"{otherWriter.Id}" });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Choose a writer on this client's roster.", page.ErrorFor("Input.WriterId"));
        Assert.Equal("Cold brew without the fuss", page.ValueOf("Input.Title"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Projects.CountAsync(p => p.ClientId == client.Id)));
    }

    [Fact]
    public async Task A_sample_of_another_client_or_another_owner_is_refused_with_a_message()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var otherClient = await app.CreateClientAsync(owner.Id, "Another client");
        var otherClientsSample = await app.CreateSampleAsync(otherClient.Id);
        var stranger = await app.CreateUserAsync(OutsourceHub.Core.Accounts.AppRoles.Owner);
        var strangersSample = await app.CreateSampleAsync((await app.CreateClientAsync(stranger.Id)).Id);
        var form = await browser.GetAsync($"/Projects/Create?clientId={client.Id}");

        var fromOtherClient = await browser.SubmitAsync(form, new Dictionary<string, string>(ValidJobFields()) { ["Input.SampleIds"] = $"{otherClientsSample.Id}" });
        var fromStranger = await browser.SubmitAsync(form, new Dictionary<string, string>(ValidJobFields()) { ["Input.SampleIds"] = $"{strangersSample.Id}" });

        const string message = "Choose reference pieces from this client's list: one of them is not among them.";
        Assert.Equal(message, fromOtherClient.ErrorFor("Input.SampleIds"));
        Assert.Equal(message, fromStranger.ErrorFor("Input.SampleIds"));
        Assert.DoesNotContain(strangersSample.Title, fromStranger.Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Projects.CountAsync(p => p.ClientId == client.Id)));
    }

    [Fact]
    public async Task More_than_three_samples_are_saved_and_the_warning_is_shown()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var samples = new List<int>();
        for (var i = 1; i <= 4; i++)
        {
            samples.Add((await app.CreateSampleAsync(client.Id, $"Piece {i}")).Id);
        }

        var form = (await browser.GetAsync("/Projects/Create")).Tick([.. samples]);
        var posted = await browser.SubmitAsync(form, ValidJobFields());
        var details = await browser.GetAsync(posted.Location!);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(4, await app.WithDbAsync(db => db.ProjectSamples.CountAsync(s => samples.Contains(s.ReferencePieceId))));
        Assert.Contains(JobFields.TooManySamplesWarning, details.Document.QuerySelector("#too-many-samples")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_warning_also_shows_on_the_form_when_it_comes_back_with_four_samples_ticked()
    {
        var (owner, browser) = await app.SignedInOwnerAsync();
        using var _ = browser;
        var client = await app.CreateClientAsync(owner.Id);
        var samples = new List<int>();
        for (var i = 1; i <= 4; i++)
        {
            samples.Add((await app.CreateSampleAsync(client.Id, $"Piece {i}")).Id);
        }

        var fresh = await browser.GetAsync("/Projects/Create");
        var back = await browser.SubmitAsync(fresh.Tick([.. samples]), new Dictionary<string, string>(ValidJobFields()) { ["Input.Title"] = "" });

        Assert.Contains("d-none", fresh.Document.QuerySelector("#too-many-samples")?.ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("d-none", back.Document.QuerySelector("#too-many-samples")?.ClassName, StringComparison.Ordinal);
        Assert.Equal(samples, back.Ticked());
    }

    [Fact]
    public async Task Another_owners_client_answers_404_on_get_and_on_post_and_nothing_is_saved()
    {
        var (owner, _) = await app.SignedInOwnerAsync();
        var client = await app.CreateClientAsync(owner.Id);
        var (intruder, browser) = await app.SignedInOwnerAsync();
        using var __ = browser;
        await app.CreateClientAsync(intruder.Id, "Intruder's own client");
        var ownForm = await browser.GetAsync("/Projects/Create");

        var get = await browser.GetAsync($"/Projects/Create?clientId={client.Id}");
        var post = await browser.SubmitAsync(ownForm, new Dictionary<string, string>(ValidJobFields()) { ["Input.ClientId"] = $"{client.Id}" });
        var nonsense = await browser.GetAsync("/Projects/Create?clientId=abc");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nonsense.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Projects.CountAsync(p => p.ClientId == client.Id)));
    }
}
