using System.Text.Json;
using System.Text.Json.Serialization;
using OutsourceHub.Core;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Voice;

namespace OutsourceHub.Cli;

/// <summary>
/// `voice-match`: the same voice report the app shows, for Markdown files on disk. Exit code 0 with the report,
/// 2 with one clear line for a missing file, no samples, an empty draft or a bad option.
/// </summary>
public static class VoiceMatchCommand
{
    public const int Ok = 0;
    public const int Usage = 2;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0 || args[0] != "voice-match")
        {
            return Fail(error, "Usage: voice-match --sample a.md [--sample b.md …] --draft d.md [--profile profile.json] [--format json|text]");
        }

        var samples = new List<string>();
        string? draft = null, profilePath = null, format = "text";
        for (var i = 1; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--sample" when value is not null:
                    samples.Add(value);
                    i++;
                    break;
                case "--draft" when value is not null:
                    draft = value;
                    i++;
                    break;
                case "--profile" when value is not null:
                    profilePath = value;
                    i++;
                    break;
                case "--format" when value is "json" or "text":
                    format = value;
                    i++;
                    break;
                default:
                    return Fail(error, $"Unknown or incomplete option: {args[i]}");
            }
        }

        if (samples.Count == 0)
        {
            return Fail(error, "Give at least one reference piece with --sample.");
        }

        if (draft is null)
        {
            return Fail(error, "Give the draft with --draft.");
        }

        foreach (var path in samples.Append(draft).Concat(profilePath is null ? [] : [profilePath]))
        {
            if (!File.Exists(path))
            {
                return Fail(error, $"No such file: {path}");
            }
        }

        var draftText = File.ReadAllText(draft);
        if (VoiceText.Profile(draftText).WordCount == 0)
        {
            return Fail(error, $"The draft {draft} has no words to measure.");
        }

        VoiceProfile profile;
        try
        {
            profile = profilePath is null ? VoiceProfile.Empty : JsonSerializer.Deserialize<VoiceProfile>(File.ReadAllText(profilePath), Json) ?? VoiceProfile.Empty;
        }
        catch (JsonException bad)
        {
            return Fail(error, $"The profile {profilePath} is not valid JSON: {bad.Message}");
        }

        var report = VoiceAnalyzer.Analyze(draftText, samples.Select(s => VoiceSample.From(Path.GetFileName(s), File.ReadAllText(s))).ToList(), profile);
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(report, Json));
        }
        else
        {
            WriteText(report, output);
        }

        return Ok;
    }

    private static void WriteText(VoiceReport report, TextWriter output)
    {
        output.WriteLine($"Voice match: {report.Overall} of 100");
        foreach (var measure in report.Measures)
        {
            output.WriteLine($"- {VoiceReportText.Describe(measure, VoiceReader.Writer)}");
        }

        output.WriteLine($"- Point of view: expected {Labels.For(report.PointOfView.Expected)}, found {Labels.For(report.PointOfView.Found)}.");
        foreach (var hit in report.AvoidedWordsFound)
        {
            output.WriteLine($"- Word to avoid \"{hit.Word}\" in: {hit.Sentence}");
        }

        foreach (var copy in report.CopiedPassages)
        {
            output.WriteLine($"- Copied from {copy.SampleName} ({copy.WordCount} words): {copy.Text}");
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return Usage;
    }
}
