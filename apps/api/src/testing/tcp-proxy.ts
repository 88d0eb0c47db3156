import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a server (PostgreSQL in the fault tests), so a test can make it
 * unreachable without touching the shared server: `blackhole()` keeps every connection open
 * and accepts new ones, but nothing passes any more (a hung network: the hardest case, since
 * nothing fails, it just never answers); `close()` drops everything.
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>();
  private holed = false;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(targetHost: string, targetPort: number): Promise<TcpProxy> {
    const sockets = new Set<Socket>();
    let proxy: TcpProxy | null = null;
    const server = createServer((client) => {
      sockets.add(client);
      client.on('close', () => sockets.delete(client));
      client.on('error', () => client.destroy());
      if (proxy?.holed) return; // accepted, never answered
      const upstream = createConnection({ host: targetHost, port: targetPort });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
      client.on('data', (d) => {
        if (!proxy?.holed) upstream.write(d);
      });
      upstream.on('data', (d) => {
        if (!proxy?.holed) client.write(d);
      });
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new TcpProxy(server, (server.address() as { port: number }).port);
    (proxy as unknown as { sockets: Set<Socket> }).sockets = sockets;
    return proxy;
  }

  /** Nothing passes any more, in either direction; connections stay open. */
  blackhole(): void {
    this.holed = true;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
