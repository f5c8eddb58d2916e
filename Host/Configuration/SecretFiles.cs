namespace CaseFlow.Host.Configuration;

/// <summary>
/// Secrets the service keeps in files of its own (a key it made on first start): read when present, otherwise created readable by
/// the service's user alone (mode 0600, in a folder of mode 0700). A file others may read is refused: whoever reads it holds the key.
/// </summary>
internal static class SecretFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>
    /// The folder secrets live in by default, outside any repository: <c>$XDG_DATA_HOME/caseflow</c>, or
    /// <c>~/.local/share/caseflow</c>.
    /// </summary>
    public static string DefaultFolder
    {
        get
        {
            var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg && Path.IsPathFullyQualified(xdg)
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
            return Path.Combine(data, "caseflow");
        }
    }

    /// <summary>
    /// The file's text, creating the file with <paramref name="create"/>'s text when it does not exist (another process creating
    /// it at the same moment wins, and its text is read); <paramref name="what"/> names the secret in errors.
    /// </summary>
    public static (string Text, bool Created) ReadOrCreate(string path, Func<string> create, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(create);
        var created = !File.Exists(path) && TryCreate(path, create);
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
        {
            throw new InvalidOperationException(
                $"The {what} {path} may be read by others (mode {Convert.ToString((int)File.GetUnixFileMode(path), 8)}); anyone who reads it holds the key. Make it the service user's alone: chmod 600 {path}");
        }

        return (File.ReadAllText(path), created);
    }

    private static bool TryCreate(string path, Func<string> create)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, OwnerOnlyFolder);
            }
        }

        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(create());
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }

        if (!OperatingSystem.IsWindows())
        {
            // The mode the file was created with is narrowed by the umask only; set it outright all the same.
            File.SetUnixFileMode(path, OwnerOnly);
        }

        return true;
    }
}
