// node + npm ws echo server, the peer of bench/websocket (no compression, like the edges one).
const WebSocket = require(__dirname + '/../tests/interop/node_modules/ws');
const wss = new WebSocket.WebSocketServer({ port: +process.argv[2] || 0, host: '127.0.0.1', perMessageDeflate: false });
wss.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary })));
wss.on('listening', () => console.log('listening on 127.0.0.1:' + wss.address().port));
