using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OutsourceHub.Core.Imports;

/// <summary>
/// A video's captions (WebVTT or SubRip) as prose: the cues' words joined into paragraphs, with the timings, cue
/// numbers, notes, styling tags and speaker labels dropped. A pause of <see cref="ParagraphPause"/> or more between
/// cues, or a change of speaker, starts a new paragraph, the way the speaker's own breaks fall.
/// </summary>
public static partial class Transcripts
{
    public static readonly TimeSpan ParagraphPause = TimeSpan.FromSeconds(2);

    /// <summary>Whether the text reads as WebVTT or SubRip captions.</summary>
    public static bool IsTranscript(string text) =>
        text.TrimStart('\uFEFF').StartsWith("WEBVTT", StringComparison.Ordinal) || SrtStart().IsMatch(text.TrimStart('\uFEFF'));

    public static string ToMarkdown(string text)
    {
        var paragraphs = new List<StringBuilder>();
        var current = new StringBuilder();
        TimeSpan? lastEnd = null;
        string? lastSpeaker = null;
        foreach (var block in BlankLine().Split(text.TrimStart('\uFEFF').Replace("\r", string.Empty, StringComparison.Ordinal)))
        {
            var lines = block.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            var timing = lines.FindIndex(l => l.Contains("-->", StringComparison.Ordinal));
            if (timing < 0)
            {
                continue; // the header, a NOTE, STYLE or REGION block
            }

            var times = Timing().Match(lines[timing]);
            var start = times.Success ? Time(times.Groups["start"].Value) : null;
            var end = times.Success ? Time(times.Groups["end"].Value) : null;
            var words = string.Join(' ', lines.Skip(timing + 1));
            var speaker = Voice().Match(words) is { Success: true } voice ? voice.Groups["name"].Value.Trim()
                : Label().Match(words) is { Success: true } label ? label.Groups["name"].Value.Trim() : lastSpeaker;
            words = Label().Replace(Tags().Replace(words, string.Empty), string.Empty).TrimStart('>', ' ');
            words = Whitespace().Replace(System.Net.WebUtility.HtmlDecode(words), " ").Trim();
            if (words.Length == 0)
            {
                continue;
            }

            var pause = start is not null && lastEnd is not null && start - lastEnd >= ParagraphPause;
            if (current.Length > 0 && (pause || speaker != lastSpeaker))
            {
                paragraphs.Add(current);
                current = new StringBuilder();
            }

            current.Append(current.Length > 0 ? " " : string.Empty).Append(HtmlToMarkdown.Escape(words));
            lastEnd = end ?? lastEnd;
            lastSpeaker = speaker;
        }

        if (current.Length > 0)
        {
            paragraphs.Add(current);
        }

        return string.Join("\n\n", paragraphs.Select(p => p.ToString())) + (paragraphs.Count > 0 ? "\n" : string.Empty);
    }

    private static TimeSpan? Time(string value)
    {
        var normal = value.Replace(',', '.');
        string[] formats = [@"hh\:mm\:ss\.fff", @"mm\:ss\.fff", @"h\:mm\:ss\.fff"];
        return TimeSpan.TryParseExact(normal, formats, CultureInfo.InvariantCulture, out var time) ? time : null;
    }

    [GeneratedRegex(@"^\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{3}\s*-->")]
    private static partial Regex SrtStart();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"(?<start>[\d:]+[.,]\d{3})\s*-->\s*(?<end>[\d:]+[.,]\d{3})")]
    private static partial Regex Timing();

    [GeneratedRegex(@"<v(?:\.[^ >]*)?\s+(?<name>[^>]+)>")]
    private static partial Regex Voice();

    // "JANE:" or "JANE DOE:" or "[Jane]" at the start of a cue, or ">> " as broadcast captions mark a new speaker.
    [GeneratedRegex(@"^(?:>>\s*)?(?:\[(?<name>[^\]]{1,40})\]|(?<name>[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,2}):)\s*")]
    private static partial Regex Label();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
