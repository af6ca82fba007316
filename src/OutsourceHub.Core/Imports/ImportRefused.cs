namespace OutsourceHub.Core.Imports;

/// <summary>Why a file or a page gave no text, in a sentence the owner or writer sees beside the field.</summary>
public sealed class ImportRefused(string message) : Exception(message)
{
    public static string NotReadable(string kind) =>
        $"That file could not be read as a {kind}: it may be damaged, or protected with a password. Save it again, or paste the text.";
}
