namespace OutsourceHub.Core;

/// <summary>
/// An entity two people may edit at once. The DbContext raises <see cref="Version"/> on every save and
/// checks it in the UPDATE, so the second save is refused instead of silently overwriting the first.
/// </summary>
public interface IVersioned
{
    int Version { get; }
}
