namespace CaseFlow.Host.Configuration;

/// <summary>
/// Secrets the service keeps in files of its own (a key it made on first start): read when present, otherwise created readable by
/// the service's user alone (mode 0600, in a folder of mode 0700), so that nobody else on the machine can read them.
/// </summary>
internal static class SecretFiles
{
    /// <summary>The folder secrets live in by default: CaseFlow's folder in the user's data folder (<c>$XDG_DATA_HOME</c> or <c>~/.local/share</c>), outside any repository.</summary>
    public static string DefaultFolder => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "caseflow");

    /// <summary>The file's text, creating the file with <paramref name="create"/>'s text when it does not exist.</summary>
    public static string ReadOrCreate(string path, Func<string> create)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(create);
        if (File.Exists(path))
        {
            return File.ReadAllText(path);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var text = create();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.UTF8, options);
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another instance made it first: use theirs.
            return File.ReadAllText(path);
        }

        return text;
    }
}
