using System.Net;
using System.Net.Sockets;

namespace CaseFlow.Host.Tests.Health;

/// <summary>
/// A loopback TCP relay in front of a real server (the broker, PostgreSQL), private to one test: cutting it takes the server away
/// from that one service (connections dropped, new ones refused) as stopping the server would, while the server the other tests
/// share keeps running; freezing it holds every byte, as a hung server would. Restoring and thawing bring the service back.
/// </summary>
internal sealed class TcpLink : IDisposable
{
    private readonly IPEndPoint _target;
    private readonly Lock _gate = new();
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource _cut = new();
    private volatile bool _frozen;

    private TcpLink(IPEndPoint target, int port)
    {
        _target = target;
        Port = port;
    }

    /// <summary>The port the service connects to instead of the server's.</summary>
    public int Port { get; }

    /// <summary>A link on a free loopback port to a server on 127.0.0.1, open.</summary>
    public static TcpLink To(int port)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var free = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var link = new TcpLink(new IPEndPoint(IPAddress.Loopback, port), free);
        link.Restore();
        return link;
    }

    /// <summary>Listens again: new connections reach the server.</summary>
    public void Restore()
    {
        _cut = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptAsync(_listener, _cut.Token);
    }

    /// <summary>Drops every connection and refuses new ones, as a stopped server would.</summary>
    public void Cut()
    {
        _cut.Cancel();
        _listener?.Stop();
        lock (_gate)
        {
            foreach (var client in _open)
            {
                client.Dispose();
            }

            _open.Clear();
        }
    }

    /// <summary>Holds every byte in both directions (connections stay open, nothing answers), as a hung server would.</summary>
    public void Freeze() => _frozen = true;

    /// <summary>Lets the held bytes through again.</summary>
    public void Thaw() => _frozen = false;

    public void Dispose()
    {
        Cut();
        _cut.Dispose();
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client, cancellationToken);
        }
    }

    private async Task ForwardAsync(TcpClient client, CancellationToken cancellationToken)
    {
        var server = new TcpClient();
        lock (_gate)
        {
            _open.Add(client);
            _open.Add(server);
        }

        try
        {
            await server.ConnectAsync(_target, cancellationToken);
            var up = PumpAsync(client.GetStream(), server.GetStream(), cancellationToken);
            var down = PumpAsync(server.GetStream(), client.GetStream(), cancellationToken);
            await Task.WhenAny(up, down);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The link was cut or one side closed: both sides are closed below, as a server going away closes them.
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
        {
            while (_frozen)
            {
                await Task.Delay(50, cancellationToken);
            }

            await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }
}
