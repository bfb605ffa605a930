// node's net echo server, the peer of bench/tcp-echo.
const net = require('net');
const srv = net.createServer((s) => {
  s.setNoDelay(true);
  s.on('data', (d) => s.write(d));
  s.on('error', () => {});
});
srv.listen(+process.argv[2] || 0, '127.0.0.1', () => console.log('listening on 127.0.0.1:' + srv.address().port));
