namespace CaseFlow.Host.Wire;

/// <summary>The <c>asyncapi</c> verb: writes the wire format document, to a file or to standard output.</summary>
public static class AsyncApiVerb
{
    /// <summary>
    /// Writes the document to the path given (creating its folder), or prints it when no path is given. A relative path is taken
    /// from the folder the command was typed in, even under <c>dotnet run</c>, which moves the working directory to the project.
    /// </summary>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var json = AsyncApiDocument.ToJson(AsyncApiDocument.Build());
        if (args.Length == 0)
        {
            Console.Write(json);
            return 0;
        }

        var path = Path.GetFullPath(args[0], InvocationDirectory());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        Console.WriteLine($"Wrote {path}");
        return 0;
    }

    /// <summary>The shell's directory (its PWD, which <c>dotnet run</c> leaves alone), else the working directory.</summary>
    private static string InvocationDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell && Path.IsPathFullyQualified(shell) && Directory.Exists(shell)
            ? shell
            : Environment.CurrentDirectory;
}
