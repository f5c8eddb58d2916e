using System.Text;
using CaseFlow.Engine.Attachments;

namespace CaseFlow.Domain.Tests.Attachments;

public sealed class AttachmentTypesTests
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
    private static readonly byte[] WebP = [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8];
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n"u8];
    private static readonly byte[] Gif = [.. "GIF89a"u8, 0x01, 0x00];

    private static byte[] Ftyp(string brand) => [0x00, 0x00, 0x00, 0x18, .. "ftyp"u8, .. Encoding.ASCII.GetBytes(brand), 0x00, 0x00, 0x00, 0x00];

    [Test]
    public void Sniff_EachAcceptedType_IsToldFromItsBytes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AttachmentTypes.Sniff(Jpeg), Is.EqualTo("image/jpeg"));
            Assert.That(AttachmentTypes.Sniff(Png), Is.EqualTo("image/png"));
            Assert.That(AttachmentTypes.Sniff(WebP), Is.EqualTo("image/webp"));
            Assert.That(AttachmentTypes.Sniff(Pdf), Is.EqualTo("application/pdf"));
            Assert.That(AttachmentTypes.Sniff(Gif), Is.EqualTo("image/gif"));
            Assert.That(AttachmentTypes.Sniff(Ftyp("heic")), Is.EqualTo("image/heic"));
            Assert.That(AttachmentTypes.Sniff(Ftyp("mif1")), Is.EqualTo("image/heif"));
        });
    }

    [Test]
    public void Sniff_OtherBytes_AreNoAcceptedType()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AttachmentTypes.Sniff("<html><script>"u8), Is.Null);
            Assert.That(AttachmentTypes.Sniff(Ftyp("isom")), Is.Null, "an MP4 video is an ISO file, but no HEIF image");
            Assert.That(AttachmentTypes.Sniff([.. "RIFF"u8, 0, 0, 0, 0, .. "WAVE"u8]), Is.Null);
            Assert.That(AttachmentTypes.Sniff([]), Is.Null);
        });
    }

    [Test]
    public void Problem_PngDeclaredAsJpeg_IsAMismatchSayingWhatTheBytesAre()
    {
        var problem = AttachmentTypes.Problem(Png, "image/jpeg");

        Assert.Multiple(() =>
        {
            Assert.That(problem, Is.Not.Null);
            Assert.That(problem!.Unsupported, Is.False);
            Assert.That(problem.Message, Does.Contain("declared image/jpeg").And.Contain("bytes are image/png").And.Contain("declare image/png"));
        });
    }

    [Test]
    public void Problem_ScriptDeclaredAsJpeg_IsUnsupportedAndListsWhatIsAccepted()
    {
        var problem = AttachmentTypes.Problem("<svg onload=alert(1)>"u8, "image/jpeg");

        Assert.Multiple(() =>
        {
            Assert.That(problem!.Unsupported, Is.True);
            Assert.That(problem.Message, Does.Contain("none of the accepted types").And.Contain("image/jpeg, image/png, image/webp, image/heic, image/heif, image/gif, application/pdf"));
        });
    }

    [TestCase(null)]
    [TestCase("application/octet-stream")]
    [TestCase("image/jpg")]
    [TestCase("IMAGE/JPEG; charset=binary")]
    public void Problem_JpegUndeclaredOrAliased_IsAccepted(string? declared) =>
        Assert.That(AttachmentTypes.Problem(Jpeg, declared), Is.Null);

    [Test]
    public void Problem_HeifDeclaredAsHeic_IsAcceptedAsOneFamily() =>
        Assert.That(AttachmentTypes.Problem(Ftyp("mif1"), "image/heic"), Is.Null);
}
