import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { createSqliteBatchWriter } from './ingest-sqlite-transaction';
import type { WriterReply, WriterRequest, WriterSetup } from './ingest-sqlite-writer-thread';

// The SQLite writer thread: its own connection to the request thread's database file, the
// batch transaction of ingest-sqlite-transaction.ts, one batch at a time in arrival order.
// Started by ingest-sqlite-writer-thread.ts, bundled as its own entry by Turbopack under
// Next.js and run through tsx elsewhere.
const setup = workerData as WriterSetup;
// The driver file the parent loaded (see loadedDriver): the same SQLite library, so both
// threads see each other's file locks. Required at run time, not bundled.
const Driver = createRequire(join(process.cwd(), 'noop.js'))(setup.driver) as typeof Database;
const db = new Driver(setup.file, { fileMustExist: true });
// The parent's settings (synchronous, cache size, foreign keys, WAL backstop); only the busy
// timeout differs: waiting blocks this thread alone, so it replaces the parent's async retry.
for (const pragma of setup.pragmas) db.pragma(pragma);
const write = createSqliteBatchWriter(db);

const port = parentPort!;
port.on('message', (message: WriterRequest | 'close') => {
  if (message === 'close') {
    db.close();
    port.close();
    return;
  }
  let reply: WriterReply;
  try {
    reply = { id: message.id, result: write(message.workspaceId, message.batch) };
  } catch (e) {
    const error = e as { name?: string; message?: string; code?: string };
    reply = { id: message.id, error: { name: error.name ?? 'Error', message: error.message ?? String(e), code: error.code } };
  }
  port.postMessage(reply);
});
port.postMessage('ready');
