namespace OutsourceHub.Web.Display;

/// <summary>One field of the other person's saved version, shown beside the form that lost the race.</summary>
public sealed record ChangedField(string Label, string Value);
