// The bare comparison for the Telegram webhook path: a grammY bot in webhook mode on fastify that sends each text
// back with sendMessage, through the same Bot API stub as the app. Env: BOT_TOKEN, API_ROOT, WEBHOOK_SECRET.
import Fastify from 'fastify';
import { Bot, webhookCallback } from 'grammy';

const bot = new Bot(process.env.BOT_TOKEN!, { client: { apiRoot: process.env.API_ROOT! } });
bot.on('message:text', (ctx) => ctx.reply(ctx.message.text));
await bot.init();
const app = Fastify({ logger: false });
app.post('/telegram/webhook', webhookCallback(bot, 'fastify', { secretToken: process.env.WEBHOOK_SECRET }));
const url = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`bare telegram echo listening on ${url}`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
