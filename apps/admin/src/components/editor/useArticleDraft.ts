/**
 * The editor's autosave. Every change goes to localStorage at once and to the server a moment
 * later (PATCH with the version it was made on). The local copy is dropped only when the server
 * has exactly what was typed. A stale version (409) opens the conflict dialog; a network or
 * server error keeps retrying and never discards anything.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { articleApi, keys, type Article } from '../articles/articleApi';
import {
  changedFields,
  clearDraft,
  fieldsOf,
  readDraft,
  sameFields,
  writeDraft,
  type DraftFields,
} from './draftStore';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

export interface Conflict {
  mine: DraftFields;
  theirs: Article;
}

const SAVE_DELAY_MS = 1200;
const RETRY_MS = 5000;

export function useArticleDraft(initial: Article) {
  const id = initial.id;
  const queryClient = useQueryClient();

  // What the user sees and types into; restored from this browser when it has newer text.
  const [start] = useState(() => {
    const local = readDraft(id);
    const server = fieldsOf(initial);
    if (!local || sameFields(local.fields, server)) {
      if (local) clearDraft(id);
      return { fields: server, conflict: null as Conflict | null, restored: false };
    }
    if (local.baseVersion === initial.version)
      return { fields: local.fields, conflict: null, restored: true };
    // Typed on an older version that someone has since changed: let the user choose.
    return {
      fields: local.fields,
      conflict: { mine: local.fields, theirs: initial },
      restored: true,
    };
  });
  const [fields, setFields] = useState<DraftFields>(start.fields);
  const [conflict, setConflict] = useState<Conflict | null>(start.conflict);
  const [status, setStatus] = useState<SaveStatus>(
    start.conflict ? 'conflict' : start.restored ? 'pending' : 'saved',
  );
  const [error, setError] = useState<unknown>(null);
  const [storageFailed, setStorageFailed] = useState(false);
  /** Bumped when the fields are replaced from outside (take theirs, restore): the body editor reloads. */
  const [resetKey, setResetKey] = useState(0);

  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  const version = useRef(initial.version);
  /** What the server is known to hold, as this tab last sent or loaded it. */
  const serverFields = useRef<DraftFields>(start.conflict ? fieldsOf(initial) : fieldsOf(initial));
  const inFlight = useRef<Promise<boolean> | null>(null);
  const blocked = useRef(start.conflict !== null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const keepLocally = useCallback(
    (f: DraftFields) => {
      const base = queryClient.getQueryData<Article>(keys.article(id));
      const ok = writeDraft(id, {
        baseVersion: version.current,
        fields: f,
        savedAt: new Date().toISOString(),
        base: base?.version === version.current ? base : undefined,
      });
      setStorageFailed(!ok);
    },
    [id, queryClient],
  );

  const applyServer = useCallback(
    (a: Article) => {
      version.current = a.version;
      queryClient.setQueryData(keys.article(id), a);
    },
    [id, queryClient],
  );

  /** Sends what is typed now; resolves true when the server has it all. */
  const save = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (blocked.current) return false;
    if (inFlight.current) {
      await inFlight.current;
      if (blocked.current) return false;
    }
    const sent = fieldsRef.current;
    const change = changedFields(serverFields.current, sent);
    if (Object.keys(change).length === 0) {
      clearDraft(id);
      setStatus('saved');
      return true;
    }
    setStatus('saving');
    const run = (async () => {
      try {
        const a = await articleApi.update(id, version.current, { ...change, autosave: true });
        serverFields.current = sent;
        applyServer(a);
        setError(null);
        if (sameFields(fieldsRef.current, sent)) {
          clearDraft(id);
          setStatus('saved');
          return true;
        }
        // More was typed while saving: keep it locally against the new version, save again soon.
        keepLocally(fieldsRef.current);
        setStatus('pending');
        return false;
      } catch (e) {
        setError(e);
        if (e instanceof ApiError && e.status === 409) {
          blocked.current = true;
          setStatus('conflict');
          try {
            const theirs = await articleApi.get(id);
            setConflict({ mine: fieldsRef.current, theirs });
          } catch (e2) {
            setError(e2);
          }
          return false;
        }
        setStatus('error');
        return false;
      }
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [id, applyServer, keepLocally]);

  const saveRef = useRef(save);
  saveRef.current = save;

  // Debounced save after each change; retry while in error.
  useEffect(() => {
    if (status === 'pending') {
      timer.current = setTimeout(() => void saveRef.current(), SAVE_DELAY_MS);
    } else if (status === 'error') {
      timer.current = setTimeout(() => void saveRef.current(), RETRY_MS);
    }
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [status, fields]);

  useEffect(() => {
    const online = () => void saveRef.current();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, []);

  // Leaving with unsaved text: the browser asks (the text is in localStorage anyway).
  useEffect(() => {
    if (status === 'saved') return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [status]);

  const update = useCallback(
    (patch: Partial<DraftFields>) => {
      const next = { ...fieldsRef.current, ...patch };
      fieldsRef.current = next;
      setFields(next);
      keepLocally(next);
      if (!blocked.current) setStatus((s) => (s === 'saving' ? s : 'pending'));
    },
    [keepLocally],
  );

  /** Conflict: write my text over the newer version (it stays in the revision history). */
  const keepMine = useCallback(async () => {
    if (!conflict) return;
    version.current = conflict.theirs.version;
    serverFields.current = fieldsOf(conflict.theirs);
    queryClient.setQueryData(keys.article(id), conflict.theirs);
    blocked.current = false;
    setConflict(null);
    keepLocally(fieldsRef.current);
    await saveRef.current();
  }, [conflict, id, keepLocally, queryClient]);

  /** Conflict: drop my text and continue from the newer version. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    const theirs = fieldsOf(conflict.theirs);
    applyServer(conflict.theirs);
    serverFields.current = theirs;
    fieldsRef.current = theirs;
    setFields(theirs);
    clearDraft(id);
    blocked.current = false;
    setConflict(null);
    setStatus('saved');
    setResetKey((k) => k + 1);
  }, [conflict, id, applyServer]);

  /** After a transition or a restore: the server's article is the new base. */
  const replaceFromServer = useCallback(
    (a: Article, reload: boolean) => {
      applyServer(a);
      if (reload) {
        const f = fieldsOf(a);
        serverFields.current = f;
        fieldsRef.current = f;
        setFields(f);
        clearDraft(id);
        setStatus('saved');
        setResetKey((k) => k + 1);
      }
    },
    [id, applyServer],
  );

  return {
    fields,
    update,
    status,
    error,
    storageFailed,
    conflict,
    keepMine,
    takeTheirs,
    save,
    resetKey,
    version: () => version.current,
    replaceFromServer,
  };
}
