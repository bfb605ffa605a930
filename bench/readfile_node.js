// bench/readfile's node side: fs.readFile of every file in a directory, all at once, again
// and again for argv[3] seconds. Prints "files/s cpu_us_per_file".
//   node bench/readfile_node.js <dir> <seconds>
const fs = require('fs');
const dir = process.argv[2];
const secs = +process.argv[3];
const names = fs.readdirSync(dir);
let done = 0;
const start = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
function round() {
  let left = names.length;
  for (const n of names) {
    fs.readFile(dir + '/' + n, (err, data) => {
      if (err) throw err;
      done++;
      if (--left > 0) return;
      const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
      if (elapsed < secs) { round(); return; }
      const cpu = process.cpuUsage(cpu0);
      console.log((done / elapsed).toFixed(0) + ' ' + ((cpu.user + cpu.system) / done).toFixed(2));
    });
  }
}
round();
