using System.Globalization;
using System.Text;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;

namespace OutsourceHub.Core.Briefs;

/// <summary>
/// Builds the kickoff brief, one Markdown document with its sections in a fixed order: The job, Read these
/// first, Voice, In the owner's words, Expectations, Special requests, Revisions, Questions. Empty sections are left
/// out.
/// Pure and deterministic: the same input always gives the same Markdown, so versions can be diffed.
/// </summary>
public static class KickoffBriefAssembler
{
    public const string TheJob = "The job";
    public const string ReadTheseFirst = "Read these first";
    public const string Voice = "Voice";
    public const string InTheOwnersWords = "In the owner's words";
    public const string Expectations = "Expectations";
    public const string SpecialRequests = "Special requests";
    public const string Revisions = "Revisions";
    public const string Questions = "Questions";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Assemble(BriefInput input)
    {
        var md = new StringBuilder();
        md.Append("# Kickoff brief: ").AppendLine(Escape(input.Job.Title));
        md.AppendLine();
        md.Append("For ").Append(Escape(input.ClientName)).AppendLine(". Read it all before you start: everything here is how this client wants to sound.");

        AppendJob(md, input.Job);
        AppendSamples(md, input.Samples);
        AppendVoice(md, input);
        AppendOwnerWords(md, input.Job.OwnerWords);
        AppendPair(md, Expectations, input.StandingExpectations, input.Job.Expectations);
        AppendPair(md, SpecialRequests, input.StandingSpecialRequests, input.Job.SpecialRequests);
        AppendRevisions(md, input.Job.RevisionRoundsIncluded);

        Section(md, Questions);
        md.Append("Ask anything in [the job's thread](").Append(input.ThreadUrl)
            .AppendLine("). Questions asked early save a revision round later.");
        return md.ToString();
    }

    /// <summary>Escapes plain text so Markdown shows it as typed (a title with * or [ stays literal).</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text.Trim())
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                result.Append('\\');
            }

            result.Append(c == '\n' || c == '\r' ? ' ' : c);
        }

        return result.ToString();
    }

    private static void AppendJob(StringBuilder md, BriefJob job)
    {
        Section(md, TheJob);
        Item(md, "Title", job.Title);
        Item(md, "Kind", Labels.For(job.Kind));
        if (job.TargetLength > 0)
        {
            var unit = Labels.LengthUnit(job.Kind);
            md.Append("- **Target length:** ").Append(job.TargetLength.ToString("N0", Invariant)).Append(' ').AppendLine(unit);
        }

        md.Append("- **Due:** ").AppendLine(job.DueOn.ToString("dddd d MMMM yyyy", Invariant));
        Item(md, "Audience", job.Audience);
        Item(md, "Goal", job.Goal);
        Item(md, "Keywords", job.Keywords);

        var points = Lines(job.KeyPoints);
        if (points.Count > 0)
        {
            md.AppendLine().AppendLine("**Key points to cover:**").AppendLine();
            foreach (var point in points)
            {
                md.Append("- ").AppendLine(Escape(point));
            }
        }
    }

    private static void AppendSamples(StringBuilder md, IReadOnlyList<BriefSample> samples)
    {
        if (samples.Count == 0)
        {
            return;
        }

        Section(md, ReadTheseFirst);
        md.Append(samples.Count == 1 ? "This piece is" : $"These {samples.Count} pieces are")
            .AppendLine(" how the owner sounds. Read them before you write a word, and take from each what the note says.")
            .AppendLine();
        for (var i = 0; i < samples.Count; i++)
        {
            var sample = samples[i];
            md.Append(i + 1).Append(". **").Append(Escape(sample.Title)).Append("** (").Append(Labels.For(sample.Kind)).Append(')');
            var links = new List<string>();
            if (!string.IsNullOrWhiteSpace(sample.Url))
            {
                links.Add($"[original]({LinkTarget(sample.Url)})");
            }

            if (!string.IsNullOrWhiteSpace(sample.TextUrl))
            {
                links.Add($"[full text in OutsourceHub]({LinkTarget(sample.TextUrl)})");
            }

            if (links.Count > 0)
            {
                md.Append(" — ").Append(string.Join(" · ", links));
            }

            // A paragraph of its own inside the item, not a continuation of the title line.
            md.AppendLine().AppendLine();
            md.Append("   *What to take from it:* ").AppendLine(Escape(sample.WhatToTake));
            md.AppendLine();
        }
    }

    private static void AppendVoice(StringBuilder md, BriefInput input)
    {
        // Never empty: every client has a point of view.
        var voice = input.Voice;
        Section(md, Voice);
        Item(md, "Tone", voice.ToneWords);
        md.Append("- **Point of view:** ").AppendLine(Labels.For(voice.PointOfView));
        Item(md, "Signature words and phrases (use them)", voice.SignatureWords);
        AppendWordsToAvoid(md, voice.WordsToAvoid, input.WordsFromCorrections ?? []);
        Item(md, "How the reference pieces sound", input.VoicePrimer);
        if (!voice.CaresAbout.IsEmpty)
        {
            md.AppendLine().AppendLine("**What the owner cares about, in their words:**").AppendLine();
            md.AppendLine(voice.CaresAbout.Markdown.Trim());
        }
    }

    private static void AppendWordsToAvoid(StringBuilder md, string wordsToAvoid, IReadOnlyList<string> fromCorrections)
    {
        var words = wordsToAvoid.Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return;
        }

        md.Append("- **Words to avoid:** ").AppendLine(string.Join(", ", words.Select(word =>
            fromCorrections.Contains(word, StringComparer.OrdinalIgnoreCase) ? $"{Escape(word)} *({Client.FromCorrections})*" : Escape(word))));
    }

    private static void AppendOwnerWords(StringBuilder md, OwnerWords words)
    {
        if (words.IsEmpty)
        {
            return;
        }

        Section(md, InTheOwnersWords);
        md.AppendLine("What the owner said about this piece, as they said it. Let it set the piece's feeling.");
        foreach (var answer in words.Answers)
        {
            md.AppendLine().Append("**").Append(Escape(answer.Prompt)).AppendLine("**").AppendLine();
            md.AppendLine(answer.Answer.Markdown.Trim());
        }
    }

    private static void AppendPair(StringBuilder md, string title, RichText standing, RichText forThisJob)
    {
        if (standing.IsEmpty && forThisJob.IsEmpty)
        {
            return;
        }

        Section(md, title);
        if (!standing.IsEmpty)
        {
            md.AppendLine("**For every piece:**").AppendLine().AppendLine(standing.Markdown.Trim());
        }

        if (!forThisJob.IsEmpty)
        {
            if (!standing.IsEmpty)
            {
                md.AppendLine();
            }

            md.AppendLine("**For this job:**").AppendLine().AppendLine(forThisJob.Markdown.Trim());
        }
    }

    private static void AppendRevisions(StringBuilder md, int rounds)
    {
        Section(md, Revisions);
        md.AppendLine(rounds switch
        {
            0 => "This job includes no revision rounds: aim to get it right the first time, and ask early when in doubt.",
            1 => "This job includes 1 revision round.",
            _ => $"This job includes {rounds} revision rounds.",
        });
        md.AppendLine("Each revision point names the part of this brief it holds the draft to; anything outside the brief is marked as a new request.");
    }

    private static void Section(StringBuilder md, string title) => md.AppendLine().Append("## ").AppendLine(title).AppendLine();

    private static void Item(StringBuilder md, string label, string value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            md.Append("- **").Append(label).Append(":** ").AppendLine(Escape(value));
        }
    }

    private static List<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.TrimStart('-', '*', '•', ' '))
            .Where(line => line.Length > 0)
            .ToList();

    /// <summary>A link target Markdown cannot misread: spaces and parentheses encoded.</summary>
    private static string LinkTarget(string url) =>
        url.Trim().Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
}
