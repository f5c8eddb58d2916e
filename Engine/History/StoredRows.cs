using System.Text;

namespace CaseFlow.Engine.History;

/// <summary>
/// A batch of stored rows (<see cref="StoredRow"/>) in one growing buffer, filled by a store's reader and read row by row: one
/// buffer per reader, refilled for each batch, so that reading a million rows allocates next to nothing. Not thread-safe.
/// </summary>
public sealed class StoredRows
{
    /// <summary>The text columns of a row, in the order a row holds them.</summary>
    public enum Text
    {
        /// <summary>The trigger.</summary>
        Trigger,

        /// <summary>workflow.state before.</summary>
        From,

        /// <summary>workflow.state reached.</summary>
        Reached,

        /// <summary>workflow.state afterwards.</summary>
        To,

        /// <summary>The supervision state (may be null).</summary>
        Supervision,

        /// <summary>Who acted.</summary>
        Actor,

        /// <summary>The authenticated identity.</summary>
        Identity,

        /// <summary>The actor's kind.</summary>
        ActorKind,

        /// <summary>The stored time.</summary>
        At,

        /// <summary>The payload's JSON.</summary>
        Payload,

        /// <summary>The effects' JSON.</summary>
        Effects,

        /// <summary>The previous hash.</summary>
        PreviousHash,

        /// <summary>The hash.</summary>
        Hash,
    }

    private const int Texts = (int)Text.Hash + 1;
    private byte[] _bytes;
    private int _used;
    private (int Start, int Length)[] _texts;
    private (Guid CaseId, long Sequence, int Version)[] _heads;

    /// <summary>An empty batch with room for <paramref name="rows"/> rows before it grows.</summary>
    public StoredRows(int rows = 256)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        _bytes = new byte[rows * 512];
        _texts = new (int, int)[rows * Texts];
        _heads = new (Guid, long, int)[rows];
    }

    /// <summary>Rows in the batch.</summary>
    public int Count { get; private set; }

    /// <summary>Empties the batch, keeping its buffers.</summary>
    public void Clear()
    {
        Count = 0;
        _used = 0;
    }

    /// <summary>Starts a row; its text columns follow, each once, through <c>Add</c> (a column never given reads as null).</summary>
    public void Start(Guid caseId, long sequence, int definitionVersion)
    {
        if (Count == _heads.Length)
        {
            Array.Resize(ref _heads, Count * 2);
            Array.Resize(ref _texts, Count * 2 * Texts);
        }

        _heads[Count] = (caseId, sequence, definitionVersion);
        _texts.AsSpan(Count * Texts, Texts).Fill((0, -1));
        Count++;
    }

    /// <summary>A text column of the row last started, as its UTF-8 bytes.</summary>
    public void Add(Text column, ReadOnlySpan<byte> utf8)
    {
        Reserve(utf8.Length);
        utf8.CopyTo(_bytes.AsSpan(_used));
        Set(column, utf8.Length);
    }

    /// <summary>A text column of the row last started, encoded as UTF-8 (null leaves it null).</summary>
    public void Add(Text column, string? value)
    {
        if (value is null)
        {
            return;
        }

        Reserve(Encoding.UTF8.GetMaxByteCount(value.Length));
        Set(column, Encoding.UTF8.GetBytes(value, _bytes.AsSpan(_used)));
    }

    /// <summary>Row <paramref name="index"/>, as a view into the batch.</summary>
    public StoredRow this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var (caseId, sequence, version) = _heads[index];
            var texts = _texts.AsSpan(index * Texts, Texts);
            return new StoredRow
            {
                CaseId = caseId,
                Sequence = sequence,
                DefinitionVersion = version,
                Trigger = Column(texts, Text.Trigger),
                From = Column(texts, Text.From),
                Reached = Column(texts, Text.Reached),
                To = Column(texts, Text.To),
                HasSupervision = texts[(int)Text.Supervision].Length >= 0,
                Supervision = Column(texts, Text.Supervision),
                Actor = Column(texts, Text.Actor),
                Identity = Column(texts, Text.Identity),
                ActorKind = Column(texts, Text.ActorKind),
                At = Column(texts, Text.At),
                PayloadJson = Column(texts, Text.Payload),
                EffectsJson = Column(texts, Text.Effects),
                PreviousHash = Column(texts, Text.PreviousHash),
                Hash = Column(texts, Text.Hash),
            };
        }
    }

    private ReadOnlySpan<byte> Column(Span<(int Start, int Length)> texts, Text column)
    {
        var (start, length) = texts[(int)column];
        return length < 0 ? default : _bytes.AsSpan(start, length);
    }

    private void Reserve(int bytes)
    {
        if (Count == 0)
        {
            throw new InvalidOperationException("a row's columns follow its Start");
        }

        if (_bytes.Length - _used < bytes)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + bytes));
        }
    }

    private void Set(Text column, int length)
    {
        _texts[((Count - 1) * Texts) + (int)column] = (_used, length);
        _used += length;
    }
}
