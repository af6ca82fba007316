namespace OutsourceHub.Core;

/// <summary>A rule of the domain refused an action. The message is written for the person who tried it.</summary>
/// <param name="message">The sentence the person reads.</param>
/// <param name="about">
/// When the refusal is about one thing the person gave, its name as the use case's input calls it ("Email",
/// "ClientId"), so a form shows the sentence beside that field (as <see cref="ArgumentException.ParamName"/> names a
/// parameter); null when it is about the action as a whole.
/// </param>
public sealed class DomainException(string message, string? about = null) : Exception(message)
{
    public string? About { get; } = about;
}
