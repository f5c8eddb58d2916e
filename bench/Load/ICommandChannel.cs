namespace CaseFlow.Bench.Load;

/// <summary>Sends one command and waits for the answer: the case id when accepted; a refusal is a failure of the benchmark.</summary>
internal interface ICommandChannel
{
    Task<Guid> SendAsync<T>(T command)
        where T : class;
}
