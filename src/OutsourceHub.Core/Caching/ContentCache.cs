using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace OutsourceHub.Core.Caching;

/// <summary>
/// Results worked out from text alone (a preview's HTML, the diff of two drafts), kept by the SHA-256 of that text,
/// so showing an unchanged text again costs a hash instead of a render or a diff. A result depends only on its
/// inputs, never on who asks, so one entry serves everyone; callers check access before they ask. The cache holds
/// at most <see cref="SizeLimit"/> characters (inputs and result, as each caller estimates), least recently used
/// leave first, and an entry unused for <see cref="Unused"/> leaves by itself. It uses Microsoft.Extensions.Caching.Memory,
/// which EF Core already brings.
/// </summary>
public sealed class ContentCache : IDisposable
{
    /// <summary>About 16 MB of strings: some hundreds of briefs, previews and diffs.</summary>
    public const long SizeLimit = 8_000_000;

    public static readonly TimeSpan Unused = TimeSpan.FromMinutes(30);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit, CompactionPercentage = 0.25 });

    /// <summary>The cached result for these inputs, or <paramref name="create"/>'s, kept unless it alone would take a quarter of the cache.</summary>
    public T GetOrAdd<T>(string kind, string first, string second, Func<T> create, long size)
        where T : class
    {
        var key = Key(kind, first, second);
        if (cache.TryGetValue(key, out T? found) && found is not null)
        {
            return found;
        }

        var result = create();
        if (size <= SizeLimit / 4)
        {
            cache.Set(key, result, new MemoryCacheEntryOptions { Size = size, SlidingExpiration = Unused });
        }

        return result;
    }

    public void Dispose() => cache.Dispose();

    private static string Key(string kind, string first, string second)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Lengths first, so ("ab", "c") and ("a", "bc") never share a key.
        hash.AppendData(Encoding.UTF8.GetBytes($"{kind}:{first.Length}:{second.Length}:"));
        hash.AppendData(Encoding.UTF8.GetBytes(first));
        hash.AppendData(Encoding.UTF8.GetBytes(second));
        return kind + ":" + Convert.ToHexString(hash.GetHashAndReset());
    }
}
