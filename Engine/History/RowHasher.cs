using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace CaseFlow.Engine.History;

/// <summary>
/// Checks stored rows against their hashes one after another, as <see cref="EventChain.Compute(HashedRow, ArrayBufferWriter{byte})"/>
/// computes them, keeping its buffer, JSON writer and hash state from one row to the next and comparing without making a string: what
/// verifying a million events costs per row. Not thread-safe: one per worker.
/// </summary>
public sealed class RowHasher : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>A hasher with its own scratch space.</summary>
    public RowHasher() => _json = new Utf8JsonWriter(_buffer, EventChain.Writer);

    /// <summary>True when the row's content computes to the hash stored with it (lower-case hex, as the chain writes it).</summary>
    public bool Holds(HashedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        EventChain.Write(_json, row);
        _json.Flush();
        _sha256.AppendData(_buffer.WrittenSpan);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        _sha256.GetHashAndReset(hash);
        Span<char> hex = stackalloc char[SHA256.HashSizeInBytes * 2];
        return Convert.TryToHexStringLower(hash, hex, out var written) && hex[..written].SequenceEqual(row.Hash);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _json.Dispose();
        _sha256.Dispose();
    }
}
