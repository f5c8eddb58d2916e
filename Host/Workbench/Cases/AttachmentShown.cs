using System.Globalization;
using CaseFlow.Engine.Attachments;

namespace CaseFlow.Host.Workbench.Cases;

/// <summary>How the case page shows attachments and takes new ones.</summary>
public static class AttachmentShown
{
    /// <summary>The command forms' file input.</summary>
    public const string FilesField = "files";

    /// <summary>True for the images every browser draws (a HEIC photo is linked, not drawn).</summary>
    public static bool AsThumbnail(string contentType) => contentType is AttachmentTypes.Jpeg or AttachmentTypes.Png or AttachmentTypes.WebP or AttachmentTypes.Gif;

    /// <summary>A file's size for people.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F0} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):F1} MiB"),
    };
}
