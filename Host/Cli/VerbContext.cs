namespace CaseFlow.Host.Cli;

/// <summary>
/// What every verb is given: the configuration settings from its command line (<c>--CaseFlow:…=…</c>, passed to the host it opens)
/// and the streams it reads and writes.
/// </summary>
internal sealed record VerbContext(string[] Settings, TextReader Input, TextWriter Output, TextWriter Error)
{
    /// <summary>Exit code: done, all is well.</summary>
    public const int Done = 0;

    /// <summary>Exit code: the verb ran and found a fault (a broken chain, an invalid definition, an unfaithful replay).</summary>
    public const int Fault = 1;

    /// <summary>Exit code: the command line or the request was wrong (unknown verb or option, bad value, unknown case).</summary>
    public const int Wrong = 2;

    /// <summary>True when the verb writes to a terminal a person is watching (progress is drawn), false when its output is redirected.</summary>
    public bool Interactive => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected && !Console.IsErrorRedirected;
}
