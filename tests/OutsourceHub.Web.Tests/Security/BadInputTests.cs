using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using OutsourceHub.Core.Projects;
using OutsourceHub.Web.Tests.Infrastructure;

namespace OutsourceHub.Web.Tests.Security;

/// <summary>
/// ASVS V5.1 (input validation) and the product's "nothing is lost": every form of the app sent what a broken
/// client or an attacker sends (see <see cref="BadInputCases"/>). Each answer is the form again with a message
/// beside the field and what was typed still in it, or 404, 400 (no token) or 413 (too big): never a 500.
/// </summary>
public sealed class BadInputTests(BadInputApp fixture) : IClassFixture<BadInputApp>
{
    public static TheoryData<string> Cases => new(BadInputCases.All.Keys);

    [Fact]
    public void Every_form_of_the_app_is_in_the_table()
    {
        string[] forms =
        [
            "Account/Setup", "Account/Register", "Account/Login", "Account/Manage (name and email)", "Account/Manage (password)",
            "Clients/Create", "Clients/Edit", "Samples/Create", "Samples/Edit", "Samples/Details (archive)", "Writers/Invite",
            "Writers/InviteOwner", "Writers/Index (withdraw)", "Join", "Projects/Create", "Projects/Edit", "Projects/Cancel",
            "Briefs/Preview (issue)", "Briefs/Version (acknowledge)", "Drafts/Submit", "Drafts/Submit (save working copy)",
            "Feedback/Give", "Thread", "Notifications (open)", "Notifications (mark all read)",
        ];

        Assert.All(forms, form => Assert.Contains(BadInputCases.All.Keys, name => name.StartsWith(form + " · ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_posted_id_cannot_turn_a_form_on_another_job_than_its_address_names()
    {
        var named = await fixture.NewJobAsync(ProjectStatus.Setup);
        var other = await fixture.NewJobAsync(ProjectStatus.Setup);
        var owner = fixture.BrowserFor(Actor.Owner);
        var form = RawForm.Read(await owner.GetAsync($"/Projects/Cancel/{named}")).Add("id", other.ToString(CultureInfo.InvariantCulture));

        var answer = await form.PostAsync(owner);

        Assert.Equal($"/Projects/Details/{named}", answer.Location);
        Assert.Equal(ProjectStatus.Cancelled, await StatusAsync(named));
        Assert.Equal(ProjectStatus.Setup, await StatusAsync(other));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_gets_a_message_beside_the_field_or_a_404_never_a_500(string name)
    {
        var bad = BadInputCases.All[name];
        var browser = fixture.BrowserFor(bad.Actor);
        try
        {
            var url = await bad.Open(fixture);
            var page = await browser.GetAsync(url);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"The form at {url} answered {(int)page.StatusCode}.");
            var form = RawForm.Read(page, bad.Form);
            if (bad.Button is not null)
            {
                form.Action = page.Document.QuerySelector($"{bad.Form} {bad.Button}")?.GetAttribute("formaction")
                    ?? throw new InvalidOperationException($"No {bad.Button} in {bad.Form} on {url}.");
            }

            bad.Bend(form);
            var answer = await form.PostAsync(browser);

            Assert.True((int)answer.StatusCode < 500, $"{name}: {(int)answer.StatusCode} from {form.Action}");
            switch (bad.Expect)
            {
                case Expect.Message:
                    Assert.True(answer.StatusCode == HttpStatusCode.OK, $"Expected the form again, got {(int)answer.StatusCode} {answer.Location}.");
                    AssertMessage(answer, bad.MessageFor);
                    AssertTypedTextKept(form, answer);
                    break;
                case Expect.Redrawn:
                    Assert.True(answer.StatusCode == HttpStatusCode.OK, $"Expected the form again, got {(int)answer.StatusCode} {answer.Location}.");
                    AssertTypedTextKept(form, answer);
                    break;
                case Expect.NotFound:
                    Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
                    break;
                case Expect.BadRequest:
                    Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
                    break;
                case Expect.TooLarge:
                    Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
                    break;
                case Expect.NoServerError:
                    await AssertWhereItLeadsWorksAsync(browser, answer);
                    break;
            }
        }
        finally
        {
            if (!BadInputApp.IsShared(bad.Actor))
            {
                browser.Dispose();
            }
        }
    }

    /// <summary>The message sits beside the named field; for a field the page does not draw, somewhere a person sees it.</summary>
    private static void AssertMessage(HtmlPage answer, string? field)
    {
        if (field is not null)
        {
            Assert.False(string.IsNullOrWhiteSpace(answer.ErrorFor(field)), $"No message beside {field}. Page says: {Messages(answer)}");
            return;
        }

        Assert.False(string.IsNullOrWhiteSpace(Messages(answer)), "The form came back without a word about what is wrong.");
    }

    private static string Messages(HtmlPage answer) =>
        string.Join(" | ", answer.Document.QuerySelectorAll("[data-valmsg-for], .validation-summary-errors, [role=alert]")
            .Select(e => e.TextContent.Trim())
            .Where(t => t.Length > 0));

    /// <summary>Every text field sent once comes back holding what was sent: nothing typed is lost.</summary>
    private static void AssertTypedTextKept(RawForm sent, HtmlPage answer)
    {
        foreach (var field in sent.TextFields.Where(f => sent.Count(f) == 1))
        {
            var typed = sent.ValueOf(field)!.ReplaceLineEndings("\n");
            var shown = answer.ValueOf(field)?.ReplaceLineEndings("\n");
            Assert.True(shown is not null, $"{field} is missing from the form that came back.");
            Assert.True(typed == shown, $"{field} came back changed: sent {Describe(typed)}, shown {Describe(shown)}.");
        }
    }

    /// <summary>Accepted or not, where the answer leads must work too: a redirect is followed once.</summary>
    private static async Task AssertWhereItLeadsWorksAsync(TestBrowser browser, HtmlPage answer)
    {
        if (answer.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found && answer.Location is { } location && location.StartsWith('/'))
        {
            var next = await browser.GetAsync(location.Split('#')[0]);
            Assert.True((int)next.StatusCode < 500, $"Following {location} gave {(int)next.StatusCode}.");
        }
    }

    private Task<ProjectStatus> StatusAsync(int jobId) =>
        fixture.App.WithDbAsync(db => db.Projects.Where(p => p.Id == jobId).Select(p => p.Status).SingleAsync());

    private static string Describe(string? text) =>
        text is null ? "nothing" : text.Length <= 60 ? $"\"{text}\"" : $"{text.Length} characters starting \"{text[..40]}\"";
}
