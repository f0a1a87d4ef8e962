import { useEffect, useState } from 'react';
import { articleApi, type Presence } from '../articles/articleApi';

/** Tells the server this article is open (heartbeat) and returns who else has it open. */
export function usePresence(articleId: string): Presence['others'] {
  const [others, setOthers] = useState<Presence['others']>([]);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const beat = async () => {
      let next = 20;
      try {
        const p = await articleApi.presence(articleId);
        if (!stopped) setOthers(p.others);
        next = Math.max(5, Math.floor(p.ttlSeconds / 3));
      } catch {
        // Offline or forbidden: try again later; presence is a courtesy, not a lock.
      }
      if (!stopped) timer = setTimeout(() => void beat(), next * 1000);
    };
    void beat();
    return () => {
      stopped = true;
      clearTimeout(timer);
      void articleApi.leave(articleId).catch(() => undefined);
    };
  }, [articleId]);
  return others;
}
