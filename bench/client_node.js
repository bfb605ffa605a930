// The node side of bench/http-client: CONC keep-alive GET loops with http.request and a
// keep-alive Agent against 127.0.0.1:PORT for SECS seconds; prints "requests cpu_seconds wall_seconds".
const http = require('http');
const [port, secs, conc] = process.argv.slice(2).map(Number);
const agent = new http.Agent({ keepAlive: true, maxSockets: conc });
let n = 0;
const start = process.hrtime.bigint();
const end = start + BigInt(Math.round(secs * 1e9));
function one() {
  http.get({ hostname: '127.0.0.1', port, path: '/', agent }, (res) => {
    res.on('data', () => {});
    res.on('end', () => {
      n++;
      if (process.hrtime.bigint() < end) one();
      else if (--conc_left === 0) done();
    });
  });
}
let conc_left = conc;
function done() {
  const u = process.cpuUsage();
  console.log(`${n} ${((u.user + u.system) / 1e6).toFixed(4)} ${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(4)}`);
  agent.destroy();
}
for (let i = 0; i < conc; i++) one();
