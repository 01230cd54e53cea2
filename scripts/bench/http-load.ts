/**
 * An HTTP side of the bench under load, in its own process: autocannon drives `connections` keep-alive
 * connections for `seconds` and this records every 2xx response's latency as autocannon measured it
 * (hrtime, fractions of a millisecond), printing one JSON line {p50, p99, rps, requests, errors, non2xx}.
 * autocannon's own percentiles come from a histogram of whole milliseconds (2.9 ms counts as 2), too coarse
 * beside the floor's latencies, timed to the microsecond, for questions answered in 1–5 ms.
 *
 *   node --import tsx scripts/bench/http-load.ts <url> <connections> <seconds> <body>
 */
import autocannon from 'autocannon';

const [url, connections, seconds, body] = process.argv.slice(2);
const latencies: number[] = [];
const instance = autocannon({ url, connections: Number(connections), duration: Number(seconds), method: 'POST', headers: { 'content-type': 'application/json' }, body }, (err, result) => {
  if (err) throw err;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : null);
  process.stdout.write(`${JSON.stringify({ p50: at(50), p99: at(99), rps: latencies.length / Number(seconds), requests: latencies.length, errors: result.errors, non2xx: result.non2xx })}\n`);
});
instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
  if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
});
