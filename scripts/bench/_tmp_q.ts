import { createDriver } from '../../src/graph/connection';
async function main() {
  const d = createDriver({ uri: process.env.URI ?? 'bolt://127.0.0.1:7737', user: 'neo4j', password: process.env.PW ?? '' });
  const t0 = Date.now();
  const r = await d.executeQuery(process.argv[2], JSON.parse(process.argv[3] ?? '{}'));
  console.log(JSON.stringify(r.records.map((x) => x.toObject()), (_k, v) => (typeof v === 'bigint' ? Number(v) : v && v.low !== undefined && v.high !== undefined ? v.low : v)).slice(0, 3000), Date.now() - t0, 'ms');
  await d.close();
}
void main();
