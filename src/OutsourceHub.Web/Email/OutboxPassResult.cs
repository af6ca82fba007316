namespace OutsourceHub.Web.Email;

/// <summary>How one pass over the outbox went.</summary>
public sealed record OutboxPassResult(int Sent, int Failed);
