namespace OutsourceHub.Core.Notifications;

/// <summary>
/// Where a notice points, built by the caller that knows the app's pages: the relative link for the app and the
/// absolute one for the email. Core words the notice; the web side says where it leads.
/// </summary>
public sealed record NoticeLink(string Url, string AbsoluteUrl);
