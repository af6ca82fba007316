using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OutsourceHub.Core.Imports;

namespace OutsourceHub.Core.Tests.Imports;

/// <summary>Files and pages in, Markdown out: what the owner sees to check before saving a reference piece.</summary>
public sealed class ImportsTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Imports", "Fixtures", name));

    private static byte[] FixtureBytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Imports", "Fixtures", name));

    [Fact]
    public void A_blog_page_gives_its_article_as_markdown_without_navigation_sidebar_comments_or_footer()
    {
        var article = ArticleText.Extract(Fixture("blog-page.html"), new Uri("https://juniperandoak.example/blog/beans"));

        Assert.Contains("Why I stopped weighing my beans", article.Title, StringComparison.Ordinal);
        Assert.Contains("my coffee was *fine*. Just fine.", article.Markdown, StringComparison.Ordinal);
        Assert.Contains("## What I do instead", article.Markdown, StringComparison.Ordinal);
        Assert.Contains("- Pour just enough water to wet it, and wait thirty seconds.", article.Markdown, StringComparison.Ordinal);
        Assert.Contains("**less time**", article.Markdown, StringComparison.Ordinal);
        Assert.Contains("[our ratio guide](https://juniperandoak.example/guides/ratio)", article.Markdown, StringComparison.Ordinal);
        foreach (var outside in new[] { "Popular posts", "Subscribe", "cheap beans", "All rights reserved", "About us", "tracker" })
        {
            Assert.DoesNotContain(outside, article.Markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_page_without_an_article_is_refused_with_a_reason()
    {
        var refused = Assert.Throws<ImportRefused>(() => ArticleText.Extract(Fixture("no-article.html"), null));

        Assert.Equal(ArticleText.NoArticle, refused.Message);
    }

    [Fact]
    public void Page_text_that_looks_like_markdown_stays_text()
    {
        var markdown = HtmlToMarkdown.Convert("<p>Use *two* scoops [not three] &lt;b&gt;ok&lt;/b&gt;</p><script>alert(1)</script>");

        Assert.Equal("Use \\*two\\* scoops \\[not three\\] \\<b\\>ok\\</b\\>\n", markdown);
    }

    [Fact]
    public void Captions_become_paragraphs_without_timings_numbers_notes_or_speaker_tags()
    {
        var vtt = Transcripts.ToMarkdown(Fixture("captions.vtt"));
        var srt = Transcripts.ToMarkdown(Fixture("captions.srt"));

        Assert.Equal(
            "Good morning, and welcome to the roastery. Today it is the moka pot, in five minutes.\n\n" +
            "First, fill the base with hot water.\n\nHot, not boiling?\n\nHot, not boiling. Just off the boil.\n",
            vtt);
        Assert.Equal(
            "Good morning, and welcome to the roastery. Today it is the moka pot, in five minutes.\n\nFirst, fill the base with hot water.\n",
            srt);
    }

    [Fact]
    public void The_type_is_read_from_the_content_not_the_name()
    {
        Assert.Equal("transcript", FileImport.Read(FixtureBytes("captions.srt"), "notes.txt").Kind);
        Assert.Equal("web page", FileImport.Read(FixtureBytes("blog-page.html"), "beans.md").Kind);
        Assert.Equal("Word document", FileImport.Read(Docx.FromMarkdown("# Hi\n\nThere.", "Hi"), "hi.txt").Kind);
        var text = FileImport.Read(Encoding.UTF8.GetBytes("\uFEFFMorning, *friend*.\r\n\r\nMore."), "piece.docx");
        Assert.Equal(("text", "Morning, *friend*.\n\nMore.\n", "piece"), (text.Kind, text.Markdown, text.Title));
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("binary")]
    [InlineData("zip")]
    [InlineData("damaged docx")]
    [InlineData("protected docx")]
    [InlineData("latin-1")]
    public void Files_that_give_no_text_are_refused_with_a_sentence_never_an_exception_of_their_own(string kind)
    {
        byte[] content = kind switch
        {
            "empty" => [],
            "binary" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00],
            "zip" => Zip("notes/readme.txt"),
            "damaged docx" => [.. Docx.FromMarkdown("# Hi\n\nThere.", "Hi").Take(200)],
            "protected docx" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
            _ => [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x69, 0x72],
        };

        var refused = Assert.Throws<ImportRefused>(() => FileImport.Read(content, "file"));

        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
    }

    [Fact]
    public void A_document_written_here_reads_back_as_the_same_markdown()
    {
        const string markdown =
            "# Water, the ingredient nobody talks about\n\n" +
            "For two years I eyeballed my coffee. It was *fine*, and **only** fine.\n\n" +
            "## What changed\n\n" +
            "- Filtered water\n- A coarser grind\n\n" +
            "1. Heat the water\n1. Pour slowly\n\n" +
            "Read [the ratio guide](https://juniperandoak.example/guides/ratio) for numbers.\n";

        var docx = Docx.FromMarkdown(markdown, "Water");
        using var stream = new MemoryStream(docx);
        var back = Docx.ToMarkdown(stream);

        Assert.Equal(markdown, back);
    }

    [Fact]
    public void A_word_document_from_elsewhere_gives_its_headings_emphasis_and_links()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var link = main.AddHyperlinkRelationship(new Uri("https://example.com/moka"), true);
            main.Document = new Document(new Body(
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Title" }), new Run(new Text("Moka pot notes"))),
                new Paragraph(new Run(new Text("Hot, ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }), new Run(new RunProperties(new Italic()), new Text("not")), new Run(new Text(" boiling.") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })),
                new Paragraph(new Run(new Text("See "){ Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }), new Hyperlink(new Run(new Text("the video"))) { Id = link.Id }, new Run(new Text(".")))));
        }

        stream.Position = 0;
        Assert.Equal("# Moka pot notes\n\nHot, *not* boiling.\n\nSee [the video](https://example.com/moka).\n", Docx.ToMarkdown(stream));
    }

    private static byte[] Zip(string entry)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("hello");
        }

        return stream.ToArray();
    }
}
