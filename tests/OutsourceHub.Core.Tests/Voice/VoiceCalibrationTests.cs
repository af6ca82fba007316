using System.Globalization;
using System.Text;
using OutsourceHub.Core.Clients;
using OutsourceHub.Core.Voice;
using Xunit.Abstractions;

namespace OutsourceHub.Core.Tests.Voice;

// Four invented owners with clearly different voices (Corpus/<owner>/sample1-3.md, heldout1-2.md).
// Each owner's held-out pieces must score higher against that owner's samples than any other owner's pieces do.
public sealed class VoiceCalibrationTests(ITestOutputHelper output)
{
    private static readonly (string Owner, PointOfView PointOfView)[] Owners =
    [
        ("chatty", PointOfView.FirstPersonSingular),
        ("formal", PointOfView.ThirdPerson),
        ("coach", PointOfView.SecondPerson),
        ("technical", PointOfView.ThirdPerson),
    ];

    private static string Read(string owner, string piece) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Voice", "Corpus", owner, piece + ".md"));

    private static VoiceSample[] SamplesOf(string owner) =>
        [.. Enumerable.Range(1, 3).Select(i => VoiceSample.From($"{owner} sample {i}", Read(owner, $"sample{i}")))];

    [Fact]
    public void Each_owners_held_out_pieces_score_higher_against_their_own_samples_than_any_other_owners_pieces()
    {
        var table = new StringBuilder("| samples of ↓ / held-out piece → |");
        var pieces = Owners.SelectMany(o => new[] { (o.Owner, Piece: "heldout1"), (o.Owner, Piece: "heldout2") }).ToList();
        table.AppendJoin(string.Empty, pieces.Select(p => $" {p.Owner} {p.Piece[^1]} |")).AppendLine();
        table.Append("|---|").AppendJoin(string.Empty, pieces.Select(_ => "---:|")).AppendLine();

        // As an install with these four clients runs it: the shipped background widened with their samples.
        var background = VoiceBackground.For(
            Owners.Select(o => new WritingVoice(o.Owner, SamplesOf(o.Owner).Select(s => (IReadOnlyDictionary<string, double>)StyleTokens.Frequencies(s.Markdown)).ToList())).ToList());
        var failures = new List<string>();
        foreach (var (owner, pointOfView) in Owners)
        {
            var samples = SamplesOf(owner);
            var profile = VoiceProfile.Empty with { PointOfView = pointOfView };
            var scores = pieces.Select(p => (p.Owner, Score: VoiceAnalyzer.Analyze(Read(p.Owner, p.Piece), samples, profile, background, owner).Overall)).ToList();
            table.Append(CultureInfo.InvariantCulture, $"| {owner} |").AppendJoin(string.Empty, scores.Select(s => $" {s.Score} |")).AppendLine();

            var ownWorst = scores.Where(s => s.Owner == owner).Min(s => s.Score);
            var othersBest = scores.Where(s => s.Owner != owner).Max(s => s.Score);
            if (ownWorst <= othersBest)
            {
                failures.Add($"{owner}: own held-out worst {ownWorst}, another owner's best {othersBest}");
            }
        }

        output.WriteLine(table.ToString());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "voice-calibration.md"), table.ToString());
        Assert.Empty(failures);
    }

    [Fact]
    public void Every_owners_pieces_read_in_the_owners_point_of_view()
    {
        foreach (var (owner, pointOfView) in Owners)
        {
            foreach (var piece in new[] { "sample1", "sample2", "sample3", "heldout1", "heldout2" })
            {
                Assert.True(
                    VoiceAnalyzer.DominantPerson(VoiceText.Profile(Read(owner, piece))) == pointOfView,
                    $"{owner}/{piece} should read as {pointOfView}");
            }
        }
    }
}
