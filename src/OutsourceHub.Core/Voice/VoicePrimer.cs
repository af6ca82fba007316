// Turns the samples' numbers into a few plain sentences a writer can keep beside the editor.
using System.Globalization;
using OutsourceHub.Core.Clients;

namespace OutsourceHub.Core.Voice;

/// <summary>Describes the owner's voice in words a writer can use, from the samples' profiles and the voice profile.</summary>
public static class VoicePrimer
{
    /// <summary>A few short sentences, e.g. "Short sentences, about 14 words. First person singular. Contractions often."</summary>
    public static string Describe(IReadOnlyList<TextProfile> samples, VoiceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(profile);
        var parts = new List<string>();
        var measured = samples.Where(s => s.WordCount > 0).ToList();
        if (measured.Count > 0)
        {
            var sentenceLength = measured.Average(s => s.SentenceLengthMean);
            var spread = measured.Average(s => s.SentenceLengthStdDev);
            var about = Math.Round(sentenceLength).ToString(CultureInfo.InvariantCulture);
            parts.Add(sentenceLength switch
            {
                < 12 => $"Short sentences, about {about} words.",
                <= 20 => $"Medium-length sentences, about {about} words.",
                _ => $"Long sentences, about {about} words.",
            });

            // A spread above half the mean reads as deliberate rhythm rather than noise.
            if (spread > sentenceLength / 2)
            {
                parts.Add("Mixes short and long sentences.");
            }

            var paragraph = measured.Average(s => s.ParagraphLengthMean);
            if (paragraph <= 2.5)
            {
                parts.Add("Short paragraphs.");
            }
            else if (paragraph >= 5)
            {
                parts.Add("Long paragraphs.");
            }
        }

        parts.Add(Labels.Describe(profile.PointOfView));

        if (measured.Count > 0)
        {
            var contractions = measured.Average(s => s.ContractionsPer100Words);
            parts.Add(contractions switch
            {
                >= 2 => "Contractions often.",
                >= 0.5 => "Contractions sometimes.",
                _ => "Rarely uses contractions.",
            });

            if (measured.Average(s => s.QuestionsPer100Sentences) >= 5)
            {
                parts.Add("Asks the reader questions.");
            }

            if (measured.Average(s => s.ExclamationsPer100Sentences) >= 5)
            {
                parts.Add("Uses exclamation marks.");
            }

            parts.Add(measured.Average(s => s.FleschReadingEase) switch
            {
                >= 70 => "Plain, everyday words.",
                >= 50 => "Moderate reading level.",
                _ => "Dense, formal reading level.",
            });
        }

        var signature = VoiceAnalyzer.SplitList(profile.SignatureWords);
        if (signature.Count > 0)
        {
            parts.Add($"Often says: {string.Join(", ", signature)}.");
        }

        var avoid = VoiceAnalyzer.SplitList(profile.WordsToAvoid);
        if (avoid.Count > 0)
        {
            parts.Add($"Never says: {string.Join(", ", avoid)}.");
        }

        return string.Join(' ', parts);
    }
}
