namespace CaseFlow.Host.Http;

/// <summary>
/// A request body that refuses to be read past its limit, whether or not the request declared its length (a chunked body
/// declares none), with the same 413 error the server itself raises.
/// </summary>
/// <param name="inner">The body as received.</param>
/// <param name="limit">The most bytes it may hold.</param>
internal sealed class LimitedBodyStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    /// <summary>The error a body past its limit raises: the request's fault, answered 413.</summary>
    public static BadHttpRequestException TooLarge(long limit) =>
        new($"the request body is larger than {limit} bytes, the most this endpoint takes; send less (the limit is set by CaseFlow:Limits)", StatusCodes.Status413PayloadTooLarge);

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        _read += read;
        return _read > limit ? throw TooLarge(limit) : read;
    }
}
