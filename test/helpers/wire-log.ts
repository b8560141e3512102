import * as net from 'node:net';

/**
 * A TCP listener on 127.0.0.1 that forwards to a server's Unix socket and records every statement a client sends
 * (simple Query and extended Parse messages): a statement log taken on the wire, per connection.
 */
export async function statementLoggingProxy(socketPath: string): Promise<{ port: number; statements: string[][]; close: () => Promise<void> }> {
  const statements: string[][] = [];
  const server = net.createServer((client) => {
    const log: string[] = [];
    statements.push(log);
    const upstream = net.connect(socketPath);
    let buffer = Buffer.alloc(0);
    let started = false;
    client.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (!started) {
          if (buffer.length < 4) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          buffer = buffer.subarray(length);
          started = true;
          continue;
        }
        if (buffer.length < 5) break;
        const type = String.fromCharCode(buffer[0]);
        const length = buffer.readInt32BE(1);
        if (buffer.length < 1 + length) break;
        const body = buffer.subarray(5, 1 + length);
        if (type === 'Q') log.push(body.toString('utf8').replace(/\0$/, ''));
        if (type === 'P') log.push(body.toString('utf8').split('\0')[1]);
        buffer = buffer.subarray(1 + length);
      }
      upstream.write(chunk);
    });
    upstream.on('data', (c: Buffer) => client.write(c));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return { port, statements, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
