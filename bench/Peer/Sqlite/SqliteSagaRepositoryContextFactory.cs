using MassTransit;
using MassTransit.Context;
using MassTransit.Saga;

namespace CaseFlow.Bench.Peer.Sqlite;

/// <summary>Gives each consumed message a session on the saga table; the saga middleware loads, then saves, updates or deletes through it.</summary>
public sealed class SqliteSagaRepositoryContextFactory<TSaga>(SqliteSagaStore<TSaga> store, ISagaConsumeContextFactory<SqliteSagaSession<TSaga>, TSaga> factory)
    : ISagaRepositoryContextFactory<TSaga>
    where TSaga : class, ISaga, ISagaVersion
{
    public void Probe(ProbeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Add("persistence", "sqlite");
    }

    public async Task Send<T>(ConsumeContext<T> context, IPipe<SagaRepositoryContext<TSaga, T>> next)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await using var session = await store.OpenSessionAsync(context.CancellationToken);
        await next.Send(new SqliteSagaRepositoryContext<TSaga, T>(session, context, factory));
    }

    public Task SendQuery<T>(ConsumeContext<T> context, ISagaQuery<TSaga> query, IPipe<SagaRepositoryQueryContext<TSaga, T>> next)
        where T : class =>
        throw new NotSupportedException("the peer correlates every event by case id; it runs no saga queries");
}

/// <summary>The saga repository's view of one message: MassTransit's calls mapped onto the session.</summary>
public sealed class SqliteSagaRepositoryContext<TSaga, TMessage> : ConsumeContextScope<TMessage>, SagaRepositoryContext<TSaga, TMessage>
    where TSaga : class, ISaga, ISagaVersion
    where TMessage : class
{
    private readonly SqliteSagaSession<TSaga> _session;
    private readonly ConsumeContext<TMessage> _context;
    private readonly ISagaConsumeContextFactory<SqliteSagaSession<TSaga>, TSaga> _factory;

    public SqliteSagaRepositoryContext(SqliteSagaSession<TSaga> session, ConsumeContext<TMessage> context, ISagaConsumeContextFactory<SqliteSagaSession<TSaga>, TSaga> factory)
        : base(context, session)
    {
        _session = session;
        _context = context;
        _factory = factory;
    }

    public Task<SagaConsumeContext<TSaga, T>> CreateSagaConsumeContext<T>(ConsumeContext<T> consumeContext, TSaga instance, SagaConsumeContextMode mode)
        where T : class => _factory.CreateSagaConsumeContext(_session, consumeContext, instance, mode);

    public Task<SagaConsumeContext<TSaga, TMessage>> Add(TSaga instance) =>
        _factory.CreateSagaConsumeContext(_session, _context, instance, SagaConsumeContextMode.Add);

    public async Task<SagaConsumeContext<TSaga, TMessage>> Insert(TSaga instance)
    {
        await _session.InsertAsync(instance, CancellationToken);
        return await _factory.CreateSagaConsumeContext(_session, _context, instance, SagaConsumeContextMode.Insert);
    }

    public async Task<SagaConsumeContext<TSaga, TMessage>> Load(Guid correlationId) =>
        await _session.LoadAsync(correlationId, CancellationToken) is { } instance
            ? await _factory.CreateSagaConsumeContext(_session, _context, instance, SagaConsumeContextMode.Load)
            : null!;

    public Task Save(SagaConsumeContext<TSaga> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _session.InsertAsync(context.Saga, CancellationToken);
    }

    public Task Update(SagaConsumeContext<TSaga> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _session.UpdateAsync(context.Saga, CancellationToken);
    }

    public Task Delete(SagaConsumeContext<TSaga> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _session.DeleteAsync(context.Saga, CancellationToken);
    }

    public Task Discard(SagaConsumeContext<TSaga> context) => Task.CompletedTask;

    public Task Undo(SagaConsumeContext<TSaga> context) => Task.CompletedTask;
}
