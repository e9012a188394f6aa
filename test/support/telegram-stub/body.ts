// Request bodies as Telegram accepts them: JSON, application/x-www-form-urlencoded and multipart/form-data
// (grammY switches to multipart when a call uploads a file). Anything else is tolerated as an empty body.
import type { FastifyInstance } from 'fastify';

type Fields = Record<string, unknown>;

/** An uploaded file part; the stub keeps only its name and size. */
export interface UploadedFile {
  filename: string;
  size: number;
}

export function installBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = String(body).trim();
    if (text === '') return done(null, {});
    try {
      done(null, JSON.parse(text));
    } catch (err) {
      done(Object.assign(err as Error, { statusCode: 400 }), undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer' }, (req, body, done) => {
    done(null, parseMultipart(body as Buffer, req.headers['content-type'] ?? ''));
  });
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, _body, done) => done(null, {}));
}

/** Enough multipart/form-data for Bot API calls: text fields as strings, file parts as {filename, size}. */
export function parseMultipart(body: Buffer, contentType: string): Fields {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) return {};
  const fields: Fields = {};
  // latin1 keeps one char per byte, so slicing never splits a UTF-8 sequence we later decode.
  const parts = body.toString('latin1').split(`--${boundary}`).slice(1);
  for (const part of parts) {
    if (part.startsWith('--')) break;
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    const content = part.slice(headerEnd + 4).replace(/\r\n$/, '');
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) continue;
    const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
    fields[name] = filename !== undefined
      ? ({ filename, size: Buffer.byteLength(content, 'latin1') } satisfies UploadedFile)
      : Buffer.from(content, 'latin1').toString('utf8');
  }
  return fields;
}
