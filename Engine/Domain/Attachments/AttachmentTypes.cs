namespace CaseFlow.Engine.Attachments;

/// <summary>
/// The one place that decides which files CaseFlow takes and what a file is: its type is read from its first bytes (their magic
/// numbers), never from its name or the type a caller declares, which must agree with what the bytes are.
/// </summary>
public static class AttachmentTypes
{
    /// <summary>JPEG photos.</summary>
    public const string Jpeg = "image/jpeg";

    /// <summary>PNG images (screenshots, scans).</summary>
    public const string Png = "image/png";

    /// <summary>WebP images.</summary>
    public const string WebP = "image/webp";

    /// <summary>HEIC photos (phones' default).</summary>
    public const string Heic = "image/heic";

    /// <summary>HEIF images other than HEIC.</summary>
    public const string Heif = "image/heif";

    /// <summary>GIF images.</summary>
    public const string Gif = "image/gif";

    /// <summary>PDF documents (a signed rectification notice).</summary>
    public const string Pdf = "application/pdf";

    /// <summary>Every type accepted, in the order people are told them.</summary>
    public static IReadOnlyList<string> Accepted { get; } = [Jpeg, Png, WebP, Heic, Heif, Gif, Pdf];

    /// <summary>How many first bytes <see cref="Sniff"/> needs to tell every accepted type.</summary>
    public const int SniffBytes = 32;

    // The ISO base media brands of HEIC and of other HEIF images (ISO/IEC 23008-12).
    private static readonly string[] HeicBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"];
    private static readonly string[] HeifBrands = ["mif1", "msf1", "mif2"];

    /// <summary>The accepted type the bytes are, or null when they are none of them.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        return head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) ? HeifFamily(System.Text.Encoding.ASCII.GetString(head[8..12])) : null;
    }

    /// <summary>What the bytes look like, for a refusal: their type when accepted, else a short description of their start.</summary>
    public static string Describe(ReadOnlySpan<byte> head)
    {
        if (Sniff(head) is { } type)
        {
            return type;
        }

        if (head.IsEmpty)
        {
            return "nothing (the file is empty)";
        }

        var shown = head[..Math.Min(8, head.Length)];
        return $"none of the accepted types (they begin {Convert.ToHexString(shown)})";
    }

    /// <summary>
    /// A declared media type as CaseFlow compares it: lower case, without parameters, common aliases (image/jpg, image/pjpeg) read as
    /// their type; null when none was declared or only a generic one (application/octet-stream), which the bytes then decide alone.
    /// </summary>
    public static string? Normalise(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }

        var type = declared.Split(';', 2)[0].Trim().ToLowerInvariant();
        return type switch
        {
            "application/octet-stream" or "binary/octet-stream" => null,
            "image/jpg" or "image/pjpeg" => Jpeg,
            "image/heic-sequence" => Heic,
            "image/heif-sequence" => Heif,
            "application/x-pdf" => Pdf,
            _ => type,
        };
    }

    /// <summary>
    /// What is wrong with a file whose bytes begin with <paramref name="head"/> declared as <paramref name="declared"/>, or null when
    /// its bytes are an accepted type that agrees with the declared one (HEIC and HEIF count as one family: phones label either way).
    /// </summary>
    public static AttachmentTypeProblem? Problem(ReadOnlySpan<byte> head, string? declared)
    {
        var actual = Sniff(head);
        if (actual is null)
        {
            return new(Unsupported: true, $"the file's bytes are {Describe(head)}; accepted are {string.Join(", ", Accepted)}");
        }

        var said = Normalise(declared);
        if (said is null || said == actual || (IsHeifFamily(said) && IsHeifFamily(actual)))
        {
            return null;
        }

        return new(Unsupported: false, $"the file was declared {said} but its bytes are {actual}; declare {actual} (or application/octet-stream to let the bytes decide)");
    }

    private static bool IsHeifFamily(string type) => type is Heic or Heif;

    private static string? HeifFamily(string brand) =>
        HeicBrands.Contains(brand, StringComparer.Ordinal) ? Heic : HeifBrands.Contains(brand, StringComparer.Ordinal) ? Heif : null;
}

/// <summary>Why a file's type is refused.</summary>
/// <param name="Unsupported">True when the bytes are no accepted type (415); false when they are, but not the type declared (422).</param>
/// <param name="Message">What was wrong and what would be right.</param>
public sealed record AttachmentTypeProblem(bool Unsupported, string Message);
