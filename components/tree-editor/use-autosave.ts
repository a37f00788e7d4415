'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '@/components/hooks/api-client';
import type { TreeDocument } from '@/lib/segments';
import { saveTree, saveTreeOnExit } from './api';
import { clearBackup, sameDocument, writeBackup } from './draft-backup';

const AUTOSAVE_DELAY_MS = 600;

export type SaveStatus =
  | { state: 'saved'; at?: Date }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'failed'; message: string };

/**
 * Saves the draft a moment after each edit (PUT /api/v1/trees/{id}), one request at a time,
 * always the newest document, problems or not (the server keeps drafts with issues; only
 * publishing needs a valid tree). Every edit is first backed up locally (draft-backup.ts); on
 * leaving the page an unsaved draft goes out with a keepalive request. No "leave this page?"
 * prompt: the local backup already keeps the edits, and the editor restores them on return.
 */
export function useAutosave(treeId: string, doc: TreeDocument, enabled: boolean, initialSaved: TreeDocument) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved' });
  const saved = useRef(initialSaved);
  const latest = useRef(doc);
  latest.current = doc;
  const inFlight = useRef(false);

  const save = useCallback(async (): Promise<void> => {
    if (inFlight.current) return;
    const target = latest.current;
    if (sameDocument(target, saved.current)) {
      clearBackup(treeId);
      setStatus({ state: 'saved', at: new Date() });
      return;
    }
    inFlight.current = true;
    setStatus({ state: 'saving' });
    try {
      await saveTree(treeId, { document: target });
      saved.current = target;
      inFlight.current = false;
      if (latest.current !== target) return void save();
      clearBackup(treeId);
      setStatus({ state: 'saved', at: new Date() });
    } catch (error) {
      inFlight.current = false;
      setStatus({ state: 'failed', message: errorMessage(error) });
    }
  }, [treeId]);

  useEffect(() => {
    if (!enabled || sameDocument(doc, saved.current)) return;
    writeBackup(treeId, doc);
    setStatus((s) => (s.state === 'saving' ? s : { state: 'pending' }));
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [doc, enabled, save, treeId]);

  // Leaving: send what is not saved yet (a client-side navigation unmounts; a closed tab fires pagehide).
  useEffect(() => {
    if (!enabled) return;
    const flush = () => {
      const target = latest.current;
      if (sameDocument(target, saved.current)) return;
      saved.current = target;
      saveTreeOnExit(treeId, target);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [enabled, treeId]);

  /**
   * The server's draft was replaced (a version restored): what is on screen must not be saved
   * over it, neither by a pending save, nor on leaving, nor from the local backup.
   */
  const discard = useCallback(() => {
    saved.current = latest.current;
    clearBackup(treeId);
  }, [treeId]);

  return { status, retry: save, discard };
}
