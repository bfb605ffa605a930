// Spawns /bin/true with child_process.execFile for argv[2] seconds, argv[3] at a time;
// prints the number completed per second and the parent's CPU µs per spawn.
const { execFile } = require('child_process');
const seconds = +(process.argv[2] || 5);
const inFlight = +(process.argv[3] || 8);
let done = 0;
const start = Date.now();
const end = start + seconds * 1000;
function next() {
  if (Date.now() >= end) return;
  execFile('/bin/true', [], (err) => {
    if (err) { console.error(err.message); process.exit(1); }
    done++;
    next();
  });
}
for (let i = 0; i < inFlight; i++) next();
process.on('exit', () => {
  const elapsed = (Date.now() - start) / 1000;
  const u = process.cpuUsage();
  console.log(`${(done / elapsed).toFixed(0)} ${((u.user + u.system) / done).toFixed(1)}`);
});
