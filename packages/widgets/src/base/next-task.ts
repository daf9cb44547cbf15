/**
 * Runs `run` in a later task, so that the browser can paint and answer input in between: with `scheduler.yield()`
 * where the browser has it (the continuation keeps its place ahead of tasks posted later), else through a
 * MessageChannel (not `setTimeout`, which browsers delay to 4 ms and more once timers nest). With `behind`, always
 * through the MessageChannel: the task waits its turn behind what the page already has to do (an answer that
 * arrived, say), for work that should not go first. Returns a function that cancels it. (An element's first update
 * waits with a bare setTimeout instead, see `DholElement.scheduleUpdate`: it must not go ahead of other tasks.)
 */
export function nextTask(run: () => void, behind = false): () => void {
  let cancelled = false;
  const go = () => {
    if (!cancelled) run();
  };
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (!behind && typeof scheduler?.yield === 'function') {
    void scheduler.yield().then(go);
  } else {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      go();
    };
    channel.port2.postMessage(null);
  }
  return () => {
    cancelled = true;
  };
}
