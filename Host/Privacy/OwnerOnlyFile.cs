namespace CaseFlow.Host.Privacy;

/// <summary>Files the service writes that may hold personal data (exports): created readable by the service's user alone (mode 0600).</summary>
internal static class OwnerOnlyFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>A writer (UTF-8, no byte-order mark) to a new or replaced file at <paramref name="path"/>, mode 0600 on Unix.</summary>
    public static StreamWriter CreateWriter(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
            if (File.Exists(path))
            {
                // A file that existed keeps its mode through FileMode.Create: narrow it before anything is written to it.
                File.SetUnixFileMode(path, OwnerOnly);
            }
        }

        return new StreamWriter(path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options);
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>, replacing the file, mode 0600 on Unix.</summary>
    public static async Task WriteAllTextAsync(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var writer = new StreamWriter(path, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options))
        {
            await writer.WriteAsync(text);
        }

        if (!OperatingSystem.IsWindows())
        {
            // A file that existed keeps its mode through FileMode.Create: narrow it all the same.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
