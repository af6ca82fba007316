using OutsourceHub.Core.Markdown;
using OutsourceHub.Core.Projects;

namespace OutsourceHub.Core.Clients;

/// <summary>A brand or business an owner publishes for, with its voice and what applies to every job.</summary>
public sealed class Client : IVersioned
{
    private Client()
    {
    }

    public Client(string ownerId, string name, DateTime now)
    {
        OwnerId = ownerId;
        Name = name;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Client(string ownerId, ClientDetails details, DateTime now)
        : this(ownerId, details.Name, now) =>
        SetDetails(details, now);

    public int Id { get; private set; }

    public string OwnerId { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public string? Website { get; private set; }

    public string Audience { get; private set; } = string.Empty;

    public VoiceProfile Voice { get; private set; } = VoiceProfile.Empty;

    public RichText StandingExpectations { get; private set; } = RichText.Empty;

    public RichText StandingSpecialRequests { get; private set; } = RichText.Empty;

    /// <summary>One prompt a line; empty for the default prompts (<see cref="Prompts"/>).</summary>
    public string OwnerPrompts { get; private set; } = string.Empty;

    /// <summary>What a job of this client asks the owner to answer in their own words.</summary>
    public IReadOnlyList<string> Prompts => PromptsOf(OwnerPrompts);

    /// <summary>The prompts stored as <see cref="OwnerPrompts"/> says, for a read that projects the column alone.</summary>
    public static IReadOnlyList<string> PromptsOf(string ownerPrompts) =>
        ownerPrompts.Length == 0 ? OwnerWords.DefaultPrompts : JobText.Lines(ownerPrompts);

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>
    /// When the owner put the client away: hidden from the client list, the dashboard's filters and job posting,
    /// its jobs, samples and roster kept. Null while active.
    /// </summary>
    public DateTime? ArchivedAt { get; private set; }

    public bool IsArchived => ArchivedAt is not null;

    /// <summary>Sets what the owner writes about the client, as <see cref="ClientDetails.Normalised"/> stores it.</summary>
    public void SetDetails(ClientDetails details, DateTime now)
    {
        details = details.Normalised();
        Name = details.Name;
        Website = details.Website;
        Audience = details.Audience;
        Voice = details.Voice;
        StandingExpectations = details.StandingExpectations;
        StandingSpecialRequests = details.StandingSpecialRequests;
        OwnerPrompts = details.OwnerPrompts;
        UpdatedAt = now;
    }

    /// <summary>The client's details as <see cref="SetDetails"/> takes them.</summary>
    public ClientDetails GetDetails() => new(Name, Website, Audience, Voice, StandingExpectations, StandingSpecialRequests)
    {
        OwnerPrompts = OwnerPrompts,
    };

    /// <summary>How the brief and the client page mark guidance that came from the owner's corrections.</summary>
    public const string FromCorrections = "added from your corrections";

    /// <summary>
    /// Makes a recurring correction standing guidance, in the owner's wording: a standing expectation (a list item
    /// marked <see cref="FromCorrections"/>, after what the owner wrote) or a word to avoid. Refused when it would not fit.
    /// </summary>
    public void AdoptCorrection(CorrectionGuidance guidance, string wording, MarkdownRenderer renderer, DateTime now)
    {
        wording = wording.Trim();
        var details = GetDetails();
        if (guidance == CorrectionGuidance.WordToAvoid)
        {
            var words = Voice.WordsToAvoid.Length == 0 ? wording : $"{Voice.WordsToAvoid}, {wording}";
            if (words.Length > FieldLengths.Note)
            {
                throw new DomainException($"The words to avoid would run over {FieldLengths.Note:N0} characters: shorten the list on the client's page first.");
            }

            SetDetails(details with { Voice = Voice with { WordsToAvoid = words } }, now);
            return;
        }

        var item = $"- {wording.ReplaceLineEndings(" ")} *({FromCorrections})*";
        var markdown = StandingExpectations.IsEmpty ? item : $"{StandingExpectations.Markdown.TrimEnd()}\n\n{item}";
        if (markdown.Length > FieldLengths.Markdown)
        {
            throw new DomainException($"The standing expectations would run over {FieldLengths.Markdown:N0} characters: shorten them on the client's page first.");
        }

        SetDetails(details with { StandingExpectations = renderer.Render(markdown) }, now);
    }

    public void Archive(DateTime now)
    {
        if (IsArchived)
        {
            throw new DomainException($"{Name} is already archived.");
        }

        ArchivedAt = now;
        UpdatedAt = now;
    }

    public void Restore(DateTime now)
    {
        if (!IsArchived)
        {
            throw new DomainException($"{Name} is not archived.");
        }

        ArchivedAt = null;
        UpdatedAt = now;
    }
}
