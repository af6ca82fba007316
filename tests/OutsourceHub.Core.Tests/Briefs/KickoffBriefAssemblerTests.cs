using AngleSharp.Html.Parser;
using OutsourceHub.Core.Briefs;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;
using OutsourceHub.Core.Samples;

namespace OutsourceHub.Core.Tests.Briefs;

public sealed class KickoffBriefAssemblerTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static BriefInput Full => new(
        "Juniper & Oak",
        new BriefJob(
            "Water: the *ingredient* nobody talks about",
            ContentKind.Article,
            1400,
            new DateOnly(2026, 12, 9),
            "Home brewers",
            "One better cup this week",
            "Start from a real moment\n- One technique\n\nOne thing to try tomorrow",
            "home coffee, water",
            Renderer.Render("Cite **one** study."),
            Renderer.Render("No brand names in the first paragraph."),
            2,
            new OwnerWords(
            [
                new OwnerAnswer("Why does this piece matter to you?", Renderer.Render("Because my dad drank *awful* coffee for forty years.")),
                new OwnerAnswer("What do most people get [wrong]?", Renderer.Render("They blame the beans.")),
            ])),
        new VoiceProfile
        {
            ToneWords = "warm, plain-spoken",
            PointOfView = PointOfView.FirstPersonSingular,
            SignatureWords = "honest cup, dial it in",
            WordsToAvoid = "artisanal, elevate",
            CaresAbout = Renderer.Render("Good coffee is for **everyone**."),
        },
        Renderer.Render("Short paragraphs."),
        Renderer.Render("Never name competitors."),
        [
            new BriefSample("Why I stopped weighing my beans", ContentKind.BlogPost, "https://example.com/beans", "/Briefs/Sample/1/10", "How I open with a story."),
            new BriefSample("The Sunday Pour, issue 12", ContentKind.Newsletter, null, "/Briefs/Sample/1/11", "The rhythm."),
            new BriefSample("Moka pot live", ContentKind.Video, "https://example.com/moka", null, "Plain words."),
        ],
        "/Messages/1");

    [Fact]
    public void The_sections_come_in_the_agreed_order()
    {
        var markdown = KickoffBriefAssembler.Assemble(Full);

        Assert.Equal(
            ["The job", "Read these first", "Voice", "In the owner's words", "Expectations", "Special requests", "Revisions", "Questions"],
            Headings(markdown));
    }

    [Fact]
    public void The_same_input_gives_the_same_brief()
    {
        Assert.Equal(KickoffBriefAssembler.Assemble(Full), KickoffBriefAssembler.Assemble(Full));
    }

    [Fact]
    public void The_job_section_lists_the_details_and_key_points()
    {
        var job = Section(KickoffBriefAssembler.Assemble(Full), "The job");

        Assert.Contains("- **Kind:** Article", job, StringComparison.Ordinal);
        Assert.Contains("- **Target length:** 1,400 words", job, StringComparison.Ordinal);
        Assert.Contains("- **Due:** Wednesday 9 December 2026", job, StringComparison.Ordinal);
        Assert.Contains("- **Audience:** Home brewers", job, StringComparison.Ordinal);
        Assert.Contains("- **Goal:** One better cup this week", job, StringComparison.Ordinal);
        Assert.Contains("- **Keywords:** home coffee, water", job, StringComparison.Ordinal);
        Assert.Contains("- Start from a real moment\n- One technique\n- One thing to try tomorrow", job.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_video_is_measured_in_minutes()
    {
        var input = Full with { Job = Full.Job with { Kind = ContentKind.Video, TargetLength = 5 } };

        Assert.Contains("- **Target length:** 5 minutes", KickoffBriefAssembler.Assemble(input), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_sample_has_its_links_and_what_to_take_from_it()
    {
        var samples = Section(KickoffBriefAssembler.Assemble(Full), "Read these first").ReplaceLineEndings("\n");

        Assert.Contains("These 3 pieces are how the owner sounds", samples, StringComparison.Ordinal);
        Assert.Contains(
            "1. **Why I stopped weighing my beans** (Blog post) — [original](https://example.com/beans) · [full text in OutsourceHub](/Briefs/Sample/1/10)\n\n   *What to take from it:* How I open with a story.",
            samples,
            StringComparison.Ordinal);
        Assert.Contains("2. **The Sunday Pour, issue 12** (Newsletter) — [full text in OutsourceHub](/Briefs/Sample/1/11)", samples, StringComparison.Ordinal);
        Assert.Contains("3. **Moka pot live** (Video) — [original](https://example.com/moka)\n", samples, StringComparison.Ordinal);
    }

    [Fact]
    public void The_voice_section_carries_the_whole_profile()
    {
        var voice = Section(KickoffBriefAssembler.Assemble(Full), "Voice");

        Assert.Contains("- **Tone:** warm, plain-spoken", voice, StringComparison.Ordinal);
        Assert.Contains("- **Point of view:** First person singular (I)", voice, StringComparison.Ordinal);
        Assert.Contains("- **Signature words and phrases (use them):** honest cup, dial it in", voice, StringComparison.Ordinal);
        Assert.Contains("- **Words to avoid:** artisanal, elevate", voice, StringComparison.Ordinal);
        Assert.Contains("Good coffee is for **everyone**.", voice, StringComparison.Ordinal);
    }

    [Fact]
    public void The_voice_section_carries_the_primer_when_the_samples_have_text()
    {
        var voice = Section(KickoffBriefAssembler.Assemble(Full with { VoicePrimer = "Short sentences, about 9 words." }), "Voice");

        Assert.Contains("- **How the reference pieces sound:** Short sentences, about 9 words.", voice, StringComparison.Ordinal);
        Assert.DoesNotContain("How the reference pieces sound", Section(KickoffBriefAssembler.Assemble(Full), "Voice"), StringComparison.Ordinal);
    }

    [Fact]
    public void Standing_expectations_come_before_the_jobs_own()
    {
        var brief = KickoffBriefAssembler.Assemble(Full);
        var expectations = Section(brief, "Expectations");
        var requests = Section(brief, "Special requests");

        Assert.True(expectations.IndexOf("Short paragraphs.", StringComparison.Ordinal) < expectations.IndexOf("Cite **one** study.", StringComparison.Ordinal));
        Assert.Contains("**For every piece:**", expectations, StringComparison.Ordinal);
        Assert.Contains("**For this job:**", expectations, StringComparison.Ordinal);
        Assert.True(requests.IndexOf("Never name competitors.", StringComparison.Ordinal) < requests.IndexOf("No brand names", StringComparison.Ordinal));
    }

    [Fact]
    public void Revisions_and_questions_say_the_rounds_and_where_to_ask()
    {
        var brief = KickoffBriefAssembler.Assemble(Full);

        Assert.Contains("This job includes 2 revision rounds.", Section(brief, "Revisions"), StringComparison.Ordinal);
        Assert.Contains("[the job's thread](/Messages/1)", Section(brief, "Questions"), StringComparison.Ordinal);
        Assert.Contains("no revision rounds", KickoffBriefAssembler.Assemble(Full with { Job = Full.Job with { RevisionRoundsIncluded = 0 } }), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_sections_and_empty_fields_are_left_out()
    {
        var input = Full with
        {
            Samples = [],
            StandingExpectations = RichText.Empty,
            StandingSpecialRequests = RichText.Empty,
            Job = Full.Job with { Expectations = RichText.Empty, SpecialRequests = RichText.Empty, Goal = " ", Keywords = string.Empty, KeyPoints = string.Empty, OwnerWords = OwnerWords.Empty },
            Voice = new VoiceProfile { PointOfView = PointOfView.SecondPerson },
        };

        var brief = KickoffBriefAssembler.Assemble(input);

        Assert.Equal(["The job", "Voice", "Revisions", "Questions"], Headings(brief));
        Assert.DoesNotContain("Goal", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("Keywords", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("Key points", brief, StringComparison.Ordinal);
        Assert.DoesNotContain("Tone", brief, StringComparison.Ordinal);
        Assert.Contains("- **Point of view:** Second person (you)", brief, StringComparison.Ordinal);
    }

    [Fact]
    public void The_owners_answers_come_word_for_word_under_their_questions()
    {
        var words = Section(KickoffBriefAssembler.Assemble(Full), "In the owner's words");

        Assert.Contains("**Why does this piece matter to you?**\n\nBecause my dad drank *awful* coffee for forty years.", words, StringComparison.Ordinal);
        // The question is the client's plain text: its brackets stay brackets, not a link.
        Assert.Contains(@"**What do most people get \[wrong\]?**", words, StringComparison.Ordinal);
        Assert.True(words.IndexOf("Why does", StringComparison.Ordinal) < words.IndexOf("What do most", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_one_side_of_expectations_gets_only_its_own_heading()
    {
        var input = Full with { StandingExpectations = RichText.Empty };

        var expectations = Section(KickoffBriefAssembler.Assemble(input), "Expectations");

        Assert.DoesNotContain("For every piece", expectations, StringComparison.Ordinal);
        Assert.Contains("**For this job:**", expectations, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_fields_are_shown_as_typed_not_as_markdown()
    {
        var input = Full with { Job = Full.Job with { Title = "Ten *tips* [today]", Goal = "<b>bold</b>" } };

        var html = Renderer.Render(KickoffBriefAssembler.Assemble(input)).Html;
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal("Kickoff brief: Ten *tips* [today]", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("<b>bold</b>", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("h1 *, b"));
    }

    [Fact]
    public void The_rendered_brief_has_its_headings_lists_and_links()
    {
        var html = Renderer.Render(KickoffBriefAssembler.Assemble(Full)).Html;
        var document = new HtmlParser().ParseDocument(html);

        Assert.Equal(
            ["The job", "Read these first", "Voice", "In the owner's words", "Expectations", "Special requests", "Revisions", "Questions"],
            document.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(3, document.QuerySelectorAll("ol > li").Length);
        Assert.Contains(document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://example.com/beans");
        Assert.Contains(document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/Messages/1");
        Assert.Contains(document.QuerySelectorAll("strong"), s => s.TextContent == "everyone");
    }

    private static List<string> Headings(string markdown) =>
        markdown.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]).ToList();

    private static string Section(string markdown, string heading)
    {
        var text = markdown.ReplaceLineEndings("\n");
        var start = text.IndexOf("## " + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No section {heading}");
        var next = text.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return next < 0 ? text[start..] : text[start..next];
    }
}
