namespace OutsourceHub.Core.Notifications;

/// <summary>
/// The pages a notice can point at, named by what they show. Web maps each to its page (links in notices) and back
/// (opening one marks its notices read, <see cref="NoticeReading"/>).
/// </summary>
public enum NoticePlace
{
    /// <summary>A brief version (number), or the latest without one.</summary>
    Brief,

    /// <summary>A draft with the owner's answer to it (number).</summary>
    Draft,

    /// <summary>The owner's review form for a draft (number).</summary>
    Review,

    /// <summary>The writer's editor for the next draft, with the open revision points.</summary>
    Editor,

    /// <summary>The job's message thread.</summary>
    Thread,

    /// <summary>The writer's page for one job: its details and timeline.</summary>
    WriterJob,

    /// <summary>The owner's writers and invitations.</summary>
    Roster,

    /// <summary>The writer's list of their jobs.</summary>
    WriterJobs,
}

/// <summary>A page's link inside the app and the same link absolute, for the email.</summary>
public sealed record NoticeLink(string Url, string AbsoluteUrl);

/// <summary>Builds the links notices carry. Core knows what a notice points at; only Web knows the pages' addresses.</summary>
public interface INoticeLinks
{
    NoticeLink To(NoticePlace place, int? projectId = null, int? number = null);
}
