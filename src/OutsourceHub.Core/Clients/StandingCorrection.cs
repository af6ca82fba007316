namespace OutsourceHub.Core.Clients;

/// <summary>What a recurring correction became: a standing expectation, or a word to avoid.</summary>
public enum CorrectionGuidance
{
    Expectation,
    WordToAvoid,
}

/// <summary>
/// A recurring correction the owner turned into standing guidance for a client, with the wording they chose. Named by
/// the oldest point of the correction (<see cref="Reviews.RecurringCorrection.Key"/>), so the correction's list shows
/// it as guidance, the relationship view counts whether it stopped, and the brief marks it as added from corrections.
/// </summary>
public sealed class StandingCorrection
{
    private StandingCorrection()
    {
    }

    public StandingCorrection(int clientId, int sourcePointId, CorrectionGuidance guidance, string wording, string adoptedById, DateTime now)
    {
        ClientId = clientId;
        SourcePointId = sourcePointId;
        Guidance = guidance;
        Wording = wording;
        AdoptedById = adoptedById;
        AdoptedAt = now;
    }

    public int Id { get; private set; }

    public int ClientId { get; private set; }

    /// <summary>The correction's oldest revision point.</summary>
    public int SourcePointId { get; private set; }

    public CorrectionGuidance Guidance { get; private set; }

    public string Wording { get; private set; } = string.Empty;

    public string AdoptedById { get; private set; } = string.Empty;

    public DateTime AdoptedAt { get; private set; }
}
