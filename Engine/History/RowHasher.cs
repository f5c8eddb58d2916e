using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CaseFlow.Engine.History;

/// <summary>
/// Checks stored rows against their hashes one after another, from the bytes the store holds (<see cref="StoredRow"/>), as
/// <see cref="EventChain.Compute(Cases.CaseEvent)"/> computes them for the event read from the row, keeping its buffer, JSON writer
/// and hash state from one row to the next and comparing without making a string: what verifying a million events costs per row.
/// Not thread-safe: one per worker.
/// </summary>
public sealed class RowHasher : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>A hasher with its own scratch space.</summary>
    public RowHasher() => _json = new Utf8JsonWriter(_buffer, EventChain.Writer);

    /// <summary>
    /// True when the row's content computes to the hash stored with it (lower-case hex, as the chain writes it). False too when the
    /// row cannot be written in canonical form as stored (text that is not UTF-8, a time that does not parse): the caller then judges
    /// the event read whole, as verification always did.
    /// </summary>
    public bool Holds(scoped in StoredRow row)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        try
        {
            EventChain.Write(_json, row);
            _json.Flush();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            return false;
        }

        _sha256.AppendData(_buffer.WrittenSpan);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        _sha256.GetHashAndReset(hash);
        Span<char> hex = stackalloc char[SHA256.HashSizeInBytes * 2];
        return Convert.TryToHexStringLower(hash, hex, out var written) && Ascii.Equals(row.Hash, hex[..written]);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _json.Dispose();
        _sha256.Dispose();
    }
}
