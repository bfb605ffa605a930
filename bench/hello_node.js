// node's hello world, the peer of bench/http (the same response as demo/helloworld.php).
const http = require('http');
const port = +process.argv[2] || 8080;
http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello World\n');
}).listen(port, '127.0.0.1', () => console.log('listening on 127.0.0.1:' + port));
