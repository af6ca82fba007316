using System.IO.Compression;
using System.Text;

namespace OutsourceHub.Core.Imports;

/// <summary>What a file was read as, and its text as Markdown.</summary>
public sealed record ImportedText(string Kind, string Markdown, string? Title);

/// <summary>
/// A file's text as Markdown, the type read from the content, never from the name: a Word document (a zip holding
/// word/document.xml), WebVTT or SubRip captions, an HTML page (through <see cref="ArticleText"/>), else UTF-8 text
/// taken as Markdown. Empty, too large, damaged, password-protected or binary files are refused with a sentence.
/// </summary>
public static class FileImport
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public const string Empty = "That file is empty: choose the file with the text in it.";

    public static string TooLarge => $"That file is over {MaxBytes / (1024 * 1024)} MB: save the text alone, or paste it.";

    public const string NotText = "That file is not text, a Word document, a web page or captions (.docx, .md, .txt, .html, .vtt, .srt).";

    /// <summary>Reads the file; throws <see cref="ImportRefused"/> with the reason when it gives no text.</summary>
    public static ImportedText Read(byte[] content, string? fileName = null)
    {
        if (content.Length == 0)
        {
            throw new ImportRefused(Empty);
        }

        if (content.Length > MaxBytes)
        {
            throw new ImportRefused(TooLarge);
        }

        if (IsZip(content))
        {
            if (!HoldsWordDocument(content))
            {
                throw new ImportRefused(NotText);
            }

            using var stream = new MemoryStream(content, writable: false);
            return Text("Word document", Docx.ToMarkdown(stream), Path.GetFileNameWithoutExtension(fileName));
        }

        // A password-protected Word file is an OLE compound file, not a zip.
        if (content.Length >= 8 && content.AsSpan(0, 8).SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            throw new ImportRefused(ImportRefused.NotReadable("Word document"));
        }

        if (content.AsSpan().Contains((byte)0))
        {
            throw new ImportRefused(NotText);
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new ImportRefused(NotText);
        }

        if (Transcripts.IsTranscript(text))
        {
            return Text("transcript", Transcripts.ToMarkdown(text), Path.GetFileNameWithoutExtension(fileName));
        }

        if (ArticleText.LooksLikeHtml(text))
        {
            var article = ArticleText.Extract(text, null);
            return Text("web page", article.Markdown, article.Title ?? Path.GetFileNameWithoutExtension(fileName));
        }

        return Text("text", text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() + "\n", Path.GetFileNameWithoutExtension(fileName));
    }

    private static ImportedText Text(string kind, string markdown, string? title) =>
        markdown.Trim().Length == 0 ? throw new ImportRefused(Empty) : new ImportedText(kind, markdown, string.IsNullOrWhiteSpace(title) ? null : title.Trim());

    private static bool IsZip(byte[] content) => content.Length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;

    private static bool HoldsWordDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null;
        }
        catch (InvalidDataException)
        {
            throw new ImportRefused(ImportRefused.NotReadable("Word document"));
        }
    }
}
