using System.Text.Json;
using OutsourceHub.Cli;

namespace OutsourceHub.Core.Tests.Cli;

public sealed class VoiceMatchCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("voice-match-").FullName;

    [Fact]
    public void A_draft_against_two_samples_prints_the_report_as_text_and_as_json()
    {
        var a = Write("a.md", "I eyeballed my coffee for years. It was fine. Then it wasn't. Let's be honest: I didn't care.");
        var b = Write("b.md", "Morning, friend. I grind a little coarser now. You should try it. Isn't that easy?");
        var draft = Write("draft.md", "I tried the coarser grind. It's better. Don't overthink it, friend.");
        var profile = Write("profile.json", """{ "pointOfView": "FirstPersonSingular", "wordsToAvoid": "overthink" }""");

        var (textCode, text, _) = Run("voice-match", "--sample", a, "--sample", b, "--draft", draft, "--profile", profile);
        var (jsonCode, json, _) = Run("voice-match", "--sample", a, "--sample", b, "--draft", draft, "--format", "json");

        Assert.Equal(VoiceMatchCommand.Ok, textCode);
        Assert.StartsWith("Voice match: ", text, StringComparison.Ordinal);
        Assert.Contains("Your sentences ", text, StringComparison.Ordinal);
        Assert.Contains("Word to avoid \"overthink\"", text, StringComparison.Ordinal);
        Assert.Equal(VoiceMatchCommand.Ok, jsonCode);
        using var document = JsonDocument.Parse(json);
        Assert.InRange(document.RootElement.GetProperty("overall").GetInt32(), 0, 100);
        Assert.True(document.RootElement.GetProperty("measures").GetArrayLength() > 0);
    }

    [Fact]
    public void A_missing_file_no_sample_or_an_empty_draft_exit_with_2_and_say_why()
    {
        var sample = Write("a.md", "Some words here.");
        var empty = Write("empty.md", "   \n# \n");

        var missing = Run("voice-match", "--sample", Path.Combine(folder, "nope.md"), "--draft", sample);
        var noSample = Run("voice-match", "--draft", sample);
        var emptyDraft = Run("voice-match", "--sample", sample, "--draft", empty);

        Assert.Equal((2, $"No such file: {Path.Combine(folder, "nope.md")}"), (missing.Code, missing.Error.Trim()));
        Assert.Equal((2, "Give at least one reference piece with --sample."), (noSample.Code, noSample.Error.Trim()));
        Assert.Equal(2, emptyDraft.Code);
        Assert.Contains("has no words to measure", emptyDraft.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = VoiceMatchCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
