import type Database from 'better-sqlite3';
import type { IngestBatch, IngestWriteResult } from '@/lib/ingest/types';
import { withSqliteBusyRetry } from '@/lib/db/raw';
import type { IngestDialect } from './ingest';
import { backgroundCheckpointer } from './ingest-sqlite-checkpointer';
import { createSqliteBatchWriter, type SqliteBatchWriter } from './ingest-sqlite-transaction';
import { startWriterThread, type SpawnWriter, type WriterThread } from './ingest-sqlite-writer-thread';

// SQLite: each batch is one IMMEDIATE transaction (ingest-sqlite-transaction.ts), run on the
// writer thread when it starts, else here with an asynchronous busy retry. Either way the
// promise resolves after the commit, and the background checkpointer hears of it.
type Write = (workspaceId: string, batch: IngestBatch) => Promise<IngestWriteResult>;

type Writer = Write & { thread?: WriterThread };

const writers = new WeakMap<Database.Database, Writer>();

function writerOf(db: Database.Database): Writer {
  let write = writers.get(db);
  if (!write) {
    write = createWrite(db);
    writers.set(db, write);
  }
  return write;
}

export function sqliteIngest(db: Database.Database): IngestDialect {
  return { writeBatch: writerOf(db) };
}

/** Batches the writer thread committed for this connection; undefined when writes run in-thread (tests, diagnostics). */
export function sqliteWriterThreadStats(db: Database.Database) {
  return writerOf(db).thread?.stats();
}

/** Exported for tests: `spawn` replaces the worker (e.g. one that fails to start). */
export function createWrite(db: Database.Database, spawn?: SpawnWriter): Writer {
  // First: it raises the connection's WAL backstop, which the writer thread copies.
  const checkpointer = backgroundCheckpointer(db);
  let local: SqliteBatchWriter | undefined;
  const inThread: Write = (workspaceId, batch) => {
    local ??= createSqliteBatchWriter(db);
    const writeLocal = local;
    return withSqliteBusyRetry(() => writeLocal(workspaceId, batch));
  };
  const thread = startWriterThread(db, inThread, spawn);
  const write = thread ? thread.write : inThread;
  const writer: Writer = async (workspaceId, batch) => {
    const result = await write(workspaceId, batch);
    checkpointer.committed();
    return result;
  };
  writer.thread = thread;
  return writer;
}
