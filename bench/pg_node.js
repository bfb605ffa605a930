// SELECT 1 through npm pg's Pool for argv[3] seconds, argv[4] queries in flight over a pool of
// as many connections (Unix socket directory argv[2]); prints queries per second and CPU µs per query.
const { Pool } = require('pg');
const [host, seconds, inFlight] = [process.argv[2], +(process.argv[3] || 5), +(process.argv[4] || 10)];
const pool = new Pool({ host, user: 'postgres', database: 'postgres', max: inFlight });
(async () => {
  await Promise.all(Array.from({ length: inFlight }, () => pool.query('SELECT pg_sleep(0.01)')));
  let done = 0;
  const u0 = process.cpuUsage();
  const start = Date.now();
  const end = start + seconds * 1000;
  async function worker() {
    while (Date.now() < end) {
      await pool.query('SELECT 1');
      done++;
    }
  }
  await Promise.all(Array.from({ length: inFlight }, worker));
  const elapsed = (Date.now() - start) / 1000;
  const u = process.cpuUsage(u0);
  console.log(`${(done / elapsed).toFixed(0)} ${((u.user + u.system) / done).toFixed(1)}`);
  await pool.end();
})().catch((e) => { console.error(e.message); process.exit(1); });
