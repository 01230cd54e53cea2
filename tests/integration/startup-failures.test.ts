/**
 * What a user sees when Neo4j cannot be reached: a clear message and a prompt exit, never a hang or a stack
 * trace. These run the real commands as child processes.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { ProvisionError, start } from '../../scripts/neo4j-server';

const ROOT = path.resolve(__dirname, '..', '..');

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const began = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // Logs are JSON lines: read back the messages a user would see.
    const readable = (text: string) =>
      text
        .split('\n')
        .map((line) => {
          try {
            const entry = JSON.parse(line) as { msg?: string; err?: string };
            return [entry.msg, entry.err].filter(Boolean).join(': ');
          } catch {
            return line;
          }
        })
        .join('\n');
    child.on('close', (code) => resolve({ code, output: readable(output), ms: Date.now() - began }));
  });
}

describe('start-up failures', () => {
  it('names an unreachable NEO4J_URI and exits non-zero within seconds', async () => {
    const { code, output, ms } = await run(['src/cli/serve.ts'], { NEO4J_URI: 'bolt://127.0.0.1:1', PORT: '4999' });
    expect(code).not.toBe(0);
    expect(output).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:1 is unreachable/);
    expect(output).not.toMatch(/^\s+at .*\(.*\.ts:\d+:\d+\)/m); // no stack trace
    expect(ms).toBeLessThan(30000);
  });

  it('names the variable when the configuration is invalid', async () => {
    const { code, output } = await run(['src/cli/serve.ts'], { PORT: 'eighty' });
    expect(code).not.toBe(0);
    expect(output).toMatch(/PORT: .*got "eighty"/);
  });

  it('says Java is required when java is not on PATH', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(start({ name: 'no-java-test', boltPort: 7799, password: 'directives-test', heap: '256m', pageCache: '64m', startupTimeoutS: 30 })).rejects.toThrow(/java is required but not usable.*Install a Java 17\+ JDK/);
    } finally {
      process.env.PATH = path;
    }
  });

  it('refuses to start a local Neo4j on a port another process holds', async () => {
    const squatter = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => squatter.once('listening', r));
    const port = (squatter.address() as net.AddressInfo).port;
    try {
      await expect(start({ name: 'port-taken-test', boltPort: port, password: 'directives-test', heap: '256m', pageCache: '64m', startupTimeoutS: 30 })).rejects.toThrow(ProvisionError);
      await expect(start({ name: 'port-taken-test', boltPort: port, password: 'directives-test', heap: '256m', pageCache: '64m', startupTimeoutS: 30 })).rejects.toThrow(`Port ${port} on 127.0.0.1 is already taken`);
    } finally {
      squatter.close();
    }
  });
});
