namespace OutsourceHub.Core.Projects;

/// <summary>How list-like text fields are stored: one key point a line, keywords separated by ", ".</summary>
public static class JobText
{
    public static string KeyPoints(string? text) =>
        string.Join('\n', Lines(text));

    public static string Keywords(string? text) =>
        string.Join(", ", (text ?? string.Empty)
            .Split([',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
