using System.Net.Http.Headers;
using System.Text;

namespace CaseFlow.Host.Tests.Http;

/// <summary>A body past its endpoint's limit is a 413 problem, whether its length is declared or it comes in chunks; nothing is stored.</summary>
[TestFixture]
public sealed class When_a_request_body_is_too_large : HostedServiceFixture
{
    private const int CaseLimit = 256 * 1024;

    [Test]
    public async Task Should_answer_a_forty_megabyte_submission_with_413()
    {
        using var client = Factory.CreateClientAs("command-room", ["commandRoom:command-room"]);
        using var content = new ByteArrayContent(Body(40 * 1024 * 1024));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync("/cases", content);

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(413));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain($"larger than {CaseLimit} bytes").And.Contain("CaseFlow:Limits"));
        });
    }

    [Test]
    public async Task Should_answer_a_chunked_body_past_the_limit_with_413()
    {
        using var client = Factory.CreateClientAs("command-room", ["commandRoom:command-room"]);
        using var content = new StreamContent(new UnseekableStream(Body(CaseLimit + 10_000)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Assert.That(content.Headers.ContentLength, Is.Null, "the body should declare no length");

        var response = await client.PostAsync("/cases", content);

        var problem = await CaseApi.ProblemAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(413));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain($"larger than {CaseLimit} bytes"));
        });
    }

    [Test]
    public async Task Should_take_a_chunked_body_within_the_limit()
    {
        using var client = Factory.CreateClientAs("command-room", ["commandRoom:command-room"]);
        var submission = """{"clientKey":"chunked-small","actor":"command-room","category":"petition","title":"来信","description":"来信反映","channel":"letter","reporter":{"name":"来信人"}}""";
        using var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(submission)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync("/cases", content);

        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Should_take_a_definition_larger_than_a_case_body_but_refuse_one_past_its_own_limit()
    {
        using var admin = Factory.CreateClientAs("admin", [], ["administrator"]);
        var definition = await File.ReadAllTextAsync(CaseFlowFactory.DefinitionPath());
        var padded = definition + new string(' ', CaseLimit);
        var huge = definition + new string(' ', 3 * 1024 * 1024);

        var taken = await admin.PostAsync("/admin/definitions/validate", new StringContent(padded, Encoding.UTF8, "application/json"));
        var refused = await admin.PostAsync("/admin/definitions/validate", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Multiple(async () =>
        {
            Assert.That((int)taken.StatusCode, Is.EqualTo(200), await taken.Content.ReadAsStringAsync());
            Assert.That((int)refused.StatusCode, Is.EqualTo(413));
            Assert.That((await CaseApi.ProblemAsync(refused))["detail"]!.GetValue<string>(), Does.Contain($"larger than {2 * 1024 * 1024} bytes"));
        });
    }

    /// <summary>A submission whose description fills it out to <paramref name="size"/> bytes.</summary>
    private static byte[] Body(int size)
    {
        var head = Encoding.UTF8.GetBytes("""{"clientKey":"too-large","actor":"command-room","category":"petition","channel":"letter","description":" """);
        var tail = Encoding.UTF8.GetBytes("\"}");
        var body = new byte[size];
        head.CopyTo(body, 0);
        body.AsSpan(head.Length, size - head.Length - tail.Length).Fill((byte)'x');
        tail.CopyTo(body, size - tail.Length);
        return body;
    }

    /// <summary>A body that cannot tell its length, so the client sends it in chunks.</summary>
    private sealed class UnseekableStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
