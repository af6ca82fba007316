// Speed checks, run by hand in Release: `dotnet run -c Release --project tests/OutsourceHub.Benchmarks -- voice`.
// They print figures for the docs; no test asserts a time, since shared machines vary.
using System.Diagnostics;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Voice;

if (args.FirstOrDefault() != "voice")
{
    Console.Error.WriteLine("Usage: voice    (a 5,000-word draft against three 2,000-word samples)");
    return 2;
}

// The calibration corpus: invented owners' pieces, repeated into a long draft and long samples.
var corpus = Path.Combine(RepositoryRoot(), "tests", "OutsourceHub.Core.Tests", "Voice", "Corpus");
var pieces = Directory.GetFiles(corpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
var draft = Take(pieces, 5_000);
var samples = Enumerable.Range(1, 3).Select(i => VoiceSample.From($"sample {i}", Take(pieces.Skip(i).ToList(), 2_000))).ToArray();

// Warm up until the JIT has compiled the hot methods fully (tiered compilation starts them unoptimised and recompiles
// them after about 30 calls), so the figure is what a running server spends, not a cold start.
for (var i = 0; i < 40; i++)
{
    VoiceAnalyzer.Analyze(draft, samples, VoiceProfile.Empty);
}

Thread.Sleep(500);
const int runs = 50;
var watch = Stopwatch.StartNew();
for (var i = 0; i < runs; i++)
{
    VoiceAnalyzer.Analyze(draft, samples, VoiceProfile.Empty);
}

var analysis = watch.Elapsed.TotalMilliseconds / runs;
watch.Restart();
for (var i = 0; i < runs; i++)
{
    VoiceText.Profile(draft);
}

var profile = watch.Elapsed.TotalMilliseconds / runs;
watch.Restart();
for (var i = 0; i < runs; i++)
{
    StyleTokens.Frequencies(VoiceText.Parse(draft));
}

var tokens = watch.Elapsed.TotalMilliseconds / runs;
Console.WriteLine($"Voice analysis: {VoiceText.Profile(draft).WordCount} words against 3 × {samples[0].Profile.WordCount}: " +
    $"{analysis:F1} ms per analysis (mean of {runs}, {Environment.ProcessorCount} cores); reading and measuring the draft alone {profile:F1} ms, " +
    $"reading it and counting its words and marks {tokens:F1} ms");
return 0;

static string Take(IReadOnlyList<string> pieces, int words)
{
    var parts = new List<string>();
    var count = 0;
    for (var i = 0; count < words; i = (i + 1) % pieces.Count)
    {
        parts.Add(pieces[i]);
        count += VoiceText.Profile(pieces[i]).WordCount;
    }

    return string.Join("\n\n", parts);
}

static string RepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OutsourceHub.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("OutsourceHub.sln not found.");
}
