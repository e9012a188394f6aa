// The bare comparison for the web path: fastify answering POST /api/chat with the same JSON shape as the app
// ({ replies: [{ text }] }), echoing the text. No database, no flow: what HTTP + JSON alone cost on this machine.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/api/chat', async (req) => {
  const body = req.body as { sessionId?: string; text?: string; choice?: string };
  return { replies: [{ text: body.text ?? body.choice ?? '' }] };
});
const url = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`bare web echo listening on ${url}`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
