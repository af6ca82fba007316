using System.Text.Json.Serialization;
using OutsourceHub.Core.Markdown;

namespace OutsourceHub.Core.Projects;

/// <summary>One of the job's questions, as it was asked, and the owner's answer in their own words.</summary>
public sealed record OwnerAnswer(string Prompt, RichText Answer);

/// <summary>
/// What the owner said about a job in their own words, answering the client's prompts (<see cref="DefaultPrompts"/>
/// unless the client keeps its own): why it matters, a story, what people get wrong. The brief carries it verbatim.
/// Only answered prompts are kept, in the order asked; two values are equal when their answers are.
/// </summary>
public sealed record OwnerWords(IReadOnlyList<OwnerAnswer> Answers)
{
    /// <summary>A client keeps at most this many prompts.</summary>
    public const int MaxPrompts = 5;

    /// <summary>A prompt is one short line.</summary>
    public const int MaxPromptLength = 200;

    public static OwnerWords Empty { get; } = new([]);

    /// <summary>The prompts every client starts with.</summary>
    public static IReadOnlyList<string> DefaultPrompts { get; } =
    [
        "Why does this piece matter to you?",
        "A story or example you would tell about it",
        "What do most people get wrong about this?",
    ];

    [JsonIgnore]
    public bool IsEmpty => Answers.Count == 0;

    /// <summary>As the job stores it: prompts trimmed, unanswered prompts left out.</summary>
    public OwnerWords Normalised() =>
        new(Answers.Where(a => !a.Answer.IsEmpty).Select(a => a with { Prompt = a.Prompt.Trim() }).ToList());

    /// <summary>The answer given to a prompt, or null.</summary>
    public RichText? AnswerTo(string prompt) => Answers.FirstOrDefault(a => a.Prompt == prompt.Trim())?.Answer;

    public bool Equals(OwnerWords? other) => other is not null && Answers.SequenceEqual(other.Answers);

    public override int GetHashCode() => Answers.Count;
}
