using System.Globalization;

namespace OutsourceHub.Core.Notifications;

/// <summary>
/// The words of every notice, in one place: the in-app notification and the email's subject say the same thing,
/// whichever page or use case sends it.
/// </summary>
public static class NoticeText
{
    public static string BriefIssued(string title) =>
        $"New job: the brief for \"{title}\" is ready";

    public static string BriefUpdated(string title, int number) =>
        $"The brief for \"{title}\" was updated to version {number}: see what changed and acknowledge it";

    public static string BriefAcknowledged(string writer, string title, int number) =>
        $"{writer} has read the brief for \"{title}\" (version {number}) and its reference pieces";

    public static string DraftSubmitted(string title, int number) =>
        $"Draft {number} of \"{title}\" is ready for your review";

    public static string Approved(string title, int number) =>
        $"Draft {number} of \"{title}\" is approved";

    public static string RevisionRequested(string title, int number, int points) =>
        $"Revision requested on draft {number} of \"{title}\": {points} {(points == 1 ? "point" : "points")}";

    public static string NewMessage(string sender, string title) =>
        $"New message from {sender} on \"{title}\"";

    public static string WriterJoined(string writer, string client) =>
        $"{writer} accepted your invitation and now writes for {client}.";

    public static string OwnerJoined(string owner) =>
        $"{owner} accepted your invitation and now has an owner account.";

    public static string RemovedFromRoster(string owner, string client, int openJobs) => openJobs switch
    {
        0 => $"{owner} took you off the roster of {client}.",
        1 => $"{owner} took you off the roster of {client}. The job already assigned to you stays yours.",
        _ => $"{owner} took you off the roster of {client}. The {openJobs} jobs already assigned to you stay yours.",
    };

    public static string JobCancelled(string owner, string title, string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? $"{owner} cancelled \"{title}\"" : $"{owner} cancelled \"{title}\": {OneLine(reason)}";

    public static string DueDateMoved(string title, DateOnly from, DateOnly to) =>
        $"The due date of \"{title}\" moved from {Day(from)} to {Day(to)}";

    /// <summary>A notice is one line (it is also an email's subject): what someone wrote on several lines is joined.</summary>
    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
